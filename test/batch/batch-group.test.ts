/**
 * `renja batch --group folder`: each sub-folder's PDFs are one document (natural order of their names), files at the
 * top stay their own documents; --resume trusts a group only while none of its parts changed.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../helpers/csv.js';
import { folder, GOOD, readBatchJson, run, tmp } from './cli-helpers.js';

const SPLIT = path.resolve('fixtures/renja/split');
const manifest = JSON.parse(readFileSync(path.join(SPLIT, 'renja-pasirian-2024.split.json'), 'utf8')) as {
  folder: string;
  parts: { file: string; from: number; to: number }[];
};

describe('renja batch --group folder', () => {
  const input = folder({
    'renja-old-era-jabar.pdf': GOOD,
    ...Object.fromEntries(manifest.parts.map((p) => [`pasirian/${p.file}`, path.join(SPLIT, manifest.folder, p.file)])),
  });
  const out = tmp('batch-group');
  let first: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    first = await run(['batch', input, '--out', out, '--group', 'folder', '--workers', '2']);
  });
  const summary = () => parseCsv(readFileSync(path.join(out, 'summary.csv'), 'utf8'));

  it('makes one document of the sub-folder, its parts in natural order, and keeps the top-level file alone', () => {
    expect(first.stderr).not.toContain('renja: '); // progress lines only, no failure line
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 documents: 2 ok, 0 without Renja tables, 0 failed');
    expect(summary().map((r) => [r.doc, r.file, r.status, r.pages])).toEqual([
      ['pasirian', 'pasirian/', 'ok', String(manifest.parts.at(-1)!.to)],
      ['renja-old-era-jabar', 'renja-old-era-jabar.pdf', 'ok', expect.any(String)],
    ]);
    const report = JSON.parse(readFileSync(path.join(out, 'pasirian', 'report.json'), 'utf8')) as {
      document: { parts: { file: string; firstPage: number }[] };
    };
    // part_10 after part_2: natural order, not code-point order
    expect(report.document.parts.map((p) => [p.file, p.firstPage])).toEqual(
      manifest.parts.map((p) => [p.file, p.from]),
    );
    const rows = parseCsv(readFileSync(path.join(out, 'discrepancies.csv'), 'utf8'));
    const gap = rows.find((r) => r.doc === 'pasirian' && r.rule === 'total-mismatch' && r.table_a === 'TC33');
    expect(gap && [gap.file_a, gap.file_b, gap.difference]).toEqual(['part_2.pdf', 'part_10.pdf', '200000000']);
    expect(readBatchJson(out).options).toMatchObject({ group: 'folder' });
  });

  it('--resume reuses the group while its parts are unchanged, and redoes it when one changes', async () => {
    const again = await run(['batch', input, '--out', out, '--group', 'folder', '--resume']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('(2 resumed)');
    appendFileSync(path.join(input, 'pasirian', 'part_2.pdf'), '\n%changed\n');
    const redo = await run(['batch', input, '--out', out, '--group', 'folder', '--resume']);
    expect(redo.code).toBe(0);
    expect(redo.stdout).toContain('2 documents: 2 ok, 0 without Renja tables, 0 failed, 0 duplicates (1 resumed)');
    expect(summary().find((r) => r.doc === 'pasirian')?.status).toBe('ok');
  });

  it('is refused with --queue (exit 2, one line)', async () => {
    const r = await run([
      'batch',
      input,
      '--out',
      tmp('batch-group-q'),
      '--group',
      'folder',
      '--queue',
      'redis://127.0.0.1:1',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--group folder cannot be used with --queue');
  });
});
