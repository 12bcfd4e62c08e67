/** `DIR/batch.json`: how the batch was run and what came of it, counted per status, failure class and rule. */
import type { DocResult } from './task.js';
import type { SummaryRow } from '../report/summary-csv.js';

export interface BatchRunInfo {
  tool: { name: string; version: string };
  options: Record<string, unknown>;
  startedAt: string;
  endedAt: string;
  interrupted: boolean;
  /** Inputs found, documents taken from earlier runs, documents worked on in this run, documents left undone. */
  documents: { found: number; resumed: number; processed: number; notDone: number };
  wallMs: number;
  /** CPU time of the whole process (all worker threads), user + system. */
  cpuMs: number;
  peakRssKb: number;
}

export interface BatchCounts {
  status: Record<string, number>;
  failureClass: Record<string, number>;
  rule: Record<string, number>;
  severity: { error: number; warning: number; info: number };
  pages: number;
  records: number;
}

/** Counts over the summary rows (duplicates included) and the finished documents' results. */
export function countBatch(rows: SummaryRow[], results: DocResult[]): BatchCounts {
  const c: BatchCounts = {
    status: { ok: 0, failed: 0, duplicate: 0 },
    failureClass: {},
    rule: {},
    severity: { error: 0, warning: 0, info: 0 },
    pages: 0,
    records: 0,
  };
  for (const r of rows) {
    c.status[r.status] = (c.status[r.status] ?? 0) + 1;
    c.pages += r.pages ?? 0;
    c.records += r.records ?? 0;
    c.severity.error += r.errors ?? 0;
    c.severity.warning += r.warnings ?? 0;
    c.severity.info += r.infos ?? 0;
  }
  for (const res of results) {
    if (res.errorClass) c.failureClass[res.errorClass] = (c.failureClass[res.errorClass] ?? 0) + 1;
    for (const [rule, n] of Object.entries(res.rules)) c.rule[rule] = (c.rule[rule] ?? 0) + n;
  }
  c.failureClass = sortKeys(c.failureClass);
  c.rule = sortKeys(c.rule);
  return c;
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function batchJson(info: BatchRunInfo, counts: BatchCounts): string {
  const { wallMs, cpuMs, peakRssKb, ...rest } = info;
  return JSON.stringify({ format: 1, ...rest, counts, stats: { wallMs, cpuMs, peakRssKb } }, null, 2) + '\n';
}
