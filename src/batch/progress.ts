/**
 * Batch progress on stderr: a cli-progress bar (done/total, rate, ETA, failures) when stderr is a terminal,
 * otherwise plain one-line reports at most every PLAIN_INTERVAL_MS plus one line per failed document.
 */
import { visible } from '../report/escape.js';
import cliProgress from 'cli-progress';
import type { SummaryRow } from '../report/summary-csv.js';

export interface BatchProgress {
  /** `total` documents will be worked on in this run (`resumed` more were taken from earlier runs). */
  start(total: number, resumed: number): void;
  done(row: SummaryRow): void;
  note(line: string): void;
  stop(): void;
}

/** Often enough to show a long batch is alive, rarely enough not to flood a CI log. */
export const PLAIN_INTERVAL_MS = 10_000;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** `12/94 documents, 3 failed, 0.8 docs/s, ETA 1m40s` */
export function progressLine(done: number, total: number, failed: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  return `${done}/${total} documents, ${failed} failed, ${rate.toFixed(2)} docs/s, ETA ${done === total ? '0s' : formatDuration(eta)}`;
}

export function makeProgress(stream: NodeJS.WriteStream = process.stderr): BatchProgress {
  return stream.isTTY ? new BarProgress(stream) : new PlainProgress(stream);
}

class BarProgress implements BatchProgress {
  private bar: cliProgress.SingleBar;
  private failed = 0;
  private t0 = Date.now();
  private count = 0;
  constructor(private stream: NodeJS.WriteStream) {
    this.bar = new cliProgress.SingleBar(
      {
        format: 'renja batch |{bar}| {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {failed} failed',
        stream,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
  }
  start(total: number, resumed: number): void {
    if (resumed) this.stream.write(`renja batch: ${resumed} documents already done (resumed)\n`);
    this.t0 = Date.now();
    this.bar.start(total, 0, { rate: '0.00', failed: 0 });
  }
  done(row: SummaryRow): void {
    if (row.status === 'failed') this.failed++;
    this.count++;
    const rate = this.count / Math.max(0.001, (Date.now() - this.t0) / 1000);
    this.bar.increment(1, { rate: rate.toFixed(2), failed: this.failed });
  }
  note(line: string): void {
    // Written between redraws; the bar repaints on its next tick.
    this.stream.write(`\r\x1b[K${visible(line)}\n`);
  }
  stop(): void {
    this.bar.stop();
  }
}

class PlainProgress implements BatchProgress {
  private total = 0;
  private count = 0;
  private failed = 0;
  private t0 = Date.now();
  private last = 0;
  constructor(private stream: NodeJS.WriteStream) {}
  start(total: number, resumed: number): void {
    this.total = total;
    this.t0 = this.last = Date.now();
    this.stream.write(
      `renja batch: ${total} documents to process${resumed ? `, ${resumed} already done (resumed)` : ''}\n`,
    );
  }
  done(row: SummaryRow): void {
    this.count++;
    if (row.status === 'failed') {
      this.failed++;
      // the message names the file: its control characters are shown, not sent
      this.stream.write(`renja: ${visible(row.message)}\n`);
    }
    const now = Date.now();
    if (now - this.last >= PLAIN_INTERVAL_MS) {
      this.last = now;
      this.stream.write(`renja batch: ${progressLine(this.count, this.total, this.failed, now - this.t0)}\n`);
    }
  }
  note(line: string): void {
    this.stream.write(`${visible(line)}\n`);
  }
  stop(): void {
    this.stream.write(`renja batch: ${progressLine(this.count, this.total, this.failed, Date.now() - this.t0)}\n`);
  }
}
