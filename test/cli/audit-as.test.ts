/**
 * `renja audit a.pdf b.pdf --as NAME`: the files of a Renja published in parts read as one document. Expected pages
 * come from the generator's table pages (renja-pasirian-2024.expected.json) and the cut points of
 * scripts/make-split-fixtures.mjs (renja-pasirian-2024.split.json).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../helpers/csv.js';
import { run, tmp } from '../batch/cli-helpers.js';

const SPLIT = path.resolve('fixtures/renja/split');
const manifest = JSON.parse(readFileSync(path.join(SPLIT, 'renja-pasirian-2024.split.json'), 'utf8')) as {
  folder: string;
  parts: { file: string; from: number; to: number }[];
};
const part = (name: string) => manifest.parts.find((p) => p.file === name)!;
const partFile = (name: string) => path.join(SPLIT, manifest.folder, name);

/** `part_2.pdf p. 10-21`: where the generator put a table, in the part that holds it. */

describe('renja audit --as', () => {
  it('audits two part files as one document: the cross-file gap, pages named by file', async () => {
    const out = tmp('audit-as');
    const r = await run(['audit', partFile('part_2.pdf'), partFile('part_10.pdf'), '--as', 'pasirian', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pages =
      part('part_2.pdf').to - part('part_2.pdf').from + 1 + part('part_10.pdf').to - part('part_10.pdf').from + 1;
    // the terminal (Indonesian by default) leads with the causes; its page ranges count through both files for now
    expect(r.stdout).toContain(`pasirian: ${pages} halaman,`);
    expect(r.stdout).toMatch(/1\. kesalahan \[Rp 200\.000\.000\]: sub kegiatan 7\.01\.01\.2\.09\.0009 /);
    const summary = parseCsv(readFileSync(path.join(out, 'summary.csv'), 'utf8'));
    expect(summary.map((s) => [s.doc, s.file, s.status])).toEqual([['pasirian', 'part_2.pdf + part_10.pdf', 'ok']]);
    const report = JSON.parse(readFileSync(path.join(out, 'pasirian', 'report.json'), 'utf8')) as {
      document: { parts: { file: string }[] };
      discrepancies: { rule: string; a: { table: string; file: string; page: number }; b: { file: string } }[];
    };
    expect(report.document.parts.map((p) => p.file)).toEqual(['part_2.pdf', 'part_10.pdf']);
    const gap = report.discrepancies.find((d) => d.rule === 'total-mismatch' && d.a.table === 'TC33');
    expect(gap?.a.file).toBe('part_2.pdf');
    expect(gap?.b.file).toBe('part_10.pdf');
    const html = readFileSync(path.join(out, 'pasirian', 'report.html'), 'utf8');
    expect(html).toContain('part_2.pdf hlm. ');
  });

  it('without --as the same files are separate documents and the gap is not seen', async () => {
    const out = tmp('audit-no-as');
    const r = await run(['audit', partFile('part_2.pdf'), partFile('part_10.pdf'), '--out', out]);
    expect(r.code).toBe(0);
    const summary = parseCsv(readFileSync(path.join(out, 'summary.csv'), 'utf8'));
    expect(summary.map((s) => s.doc)).toEqual(['part_2', 'part_10']);
    expect(r.stdout).not.toContain('! T-C.33');
  });

  it('refuses a name that is a path (exit 2)', async () => {
    const r = await run(['audit', partFile('part_2.pdf'), '--as', '../elsewhere', '--out', tmp('audit-as-bad')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--as/);
  });
});
