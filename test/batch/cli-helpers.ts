/** Running `renja` as a user does, and building input folders for batch tests from the fixtures. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BatchCounts, BatchRunInfo } from '../../src/batch/batch-json.js';

export const bin = path.resolve('bin/renja.js');
export const GOOD = path.resolve('fixtures/renja/renja-old-era-jabar.pdf');

export function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

export const tmp = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), `renja-${prefix}-`));

/** Copies fixtures into a folder: `{ 'sub/x.PDF': 'fixtures/...' }`. */
export function folder(files: Record<string, string>): string {
  const root = tmp('batch-in');
  for (const [rel, src] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    copyFileSync(path.resolve(src), path.join(root, rel));
  }
  return root;
}

/** The good fixture with a comment appended after %%EOF: other bytes (not a duplicate), same content. */
export function writePaddedCopy(file: string, n: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat([readFileSync(GOOD), Buffer.from(`\n%pad-${n}\n`)]));
}

/** Every CSV below `dir`, relative path -> content. */
export function csvFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, r)).isDirectory()) visit(r);
      else if (name.endsWith('.csv')) out.set(r, readFileSync(path.join(dir, r), 'utf8'));
    }
  };
  visit('');
  return out;
}

export function csvLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
}

/** `DIR/batch.json` as src/batch/batch-json.ts writes it. */
export type BatchJsonFile = Omit<BatchRunInfo, 'wallMs' | 'cpuMs' | 'peakRssKb'> & {
  format: number;
  counts: BatchCounts;
  stats: Pick<BatchRunInfo, 'wallMs' | 'cpuMs' | 'peakRssKb'>;
};

export const readBatchJson = (out: string) =>
  JSON.parse(readFileSync(path.join(out, 'batch.json'), 'utf8')) as BatchJsonFile;
