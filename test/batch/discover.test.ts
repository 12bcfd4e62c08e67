/** Finding a batch's PDFs: recursion, case of `.pdf`, deterministic order, globs; naming and duplicates. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverPdfs, globToRegExp, splitGlob } from '../../src/batch/discover.js';
import { uniqueDocNames } from '../../src/batch/names.js';
import { planBatch } from '../../src/batch/plan.js';
import { sha256File } from '../../src/batch/hash.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'renja-discover-'));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), body);
  }
  return root;
}

describe('discoverPdfs', () => {
  const root = tree({
    'b.pdf': 'B',
    'A.PDF': 'A',
    'notes.txt': 'no',
    'pdf.txt': 'no',
    'sub/c.Pdf': 'C',
    'sub/deeper/d.pdf': 'D',
    'sub/d.pdfx': 'no',
    'Z/e.pdf': 'E',
  });

  it('walks folders recursively, takes .pdf in any case, sorts by path in code-point order', async () => {
    const found = await discoverPdfs([root]);
    expect(found.map((f) => f.rel)).toEqual(['A.PDF', 'Z/e.pdf', 'b.pdf', 'sub/c.Pdf', 'sub/deeper/d.pdf']);
    expect(found.every((f) => path.isAbsolute(f.path))).toBe(true);
  });

  it('keeps the order of the inputs and lists a file reached twice once', async () => {
    const found = await discoverPdfs([path.join(root, 'sub'), path.join(root, 'b.pdf'), root]);
    expect(found.map((f) => f.rel)).toEqual(['c.Pdf', 'deeper/d.pdf', 'b.pdf', 'A.PDF', 'Z/e.pdf']);
  });

  it('matches globs below their fixed prefix', async () => {
    expect((await discoverPdfs([`${root}/sub/**/*.pdf`])).map((f) => f.rel)).toEqual(['deeper/d.pdf']);
    expect((await discoverPdfs([`${root}/**/*.{pdf,Pdf}`])).map((f) => f.rel)).toEqual([
      'Z/e.pdf',
      'b.pdf',
      'sub/c.Pdf',
      'sub/deeper/d.pdf',
    ]);
    expect((await discoverPdfs(['*.pdf'], root)).map((f) => f.rel)).toEqual(['b.pdf']);
  });

  it('lists links that lead nowhere as unreadable instead of dropping them', async () => {
    const dir = tree({ 'ok.pdf': 'A' });
    symlinkSync(path.join(dir, 'gone.pdf'), path.join(dir, 'dangling.pdf'));
    symlinkSync('loop-b.pdf', path.join(dir, 'loop-a.pdf'));
    symlinkSync('loop-a.pdf', path.join(dir, 'loop-b.pdf'));
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'notes.txt')); // not a PDF name: not listed
    const found = await discoverPdfs([dir]);
    expect(found.map((f) => [f.rel, f.unreadable ?? null])).toEqual([
      ['ok.pdf', null],
      ['dangling.pdf', 'dangling symbolic link (its target does not exist)'],
      ['loop-a.pdf', 'symbolic link loop'],
      ['loop-b.pdf', 'symbolic link loop'],
    ]);
    // named on the command line too
    expect((await discoverPdfs([path.join(dir, 'dangling.pdf')]))[0].unreadable).toMatch(/dangling/);
  });

  it('rejects an input that names nothing', async () => {
    await expect(discoverPdfs([path.join(root, 'missing')])).rejects.toThrow(/no such file or folder/);
  });
});

describe('globs', () => {
  it('translates wildcards', () => {
    const re = globToRegExp('**/x?-[0-9].pdf');
    expect(re.test('x1-2.pdf')).toBe(true);
    expect(re.test('a/b/xa-9.pdf')).toBe(true);
    expect(re.test('a/xab-9.pdf')).toBe(false);
    expect(globToRegExp('*.pdf').test('a/b.pdf')).toBe(false);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });

  it('splits the fixed folder from the pattern', () => {
    expect(splitGlob('/data/renja/**/*.pdf')).toEqual({ base: '/data/renja', pattern: '**/*.pdf' });
    expect(splitGlob('*.pdf')).toEqual({ base: '.', pattern: '*.pdf' });
  });
});

describe('naming and duplicates', () => {
  it('gives every input its own doc name', () => {
    expect(uniqueDocNames(['/x/a.pdf', '/y/a.PDF', '/z/b.pdf'])).toEqual(['a', 'a-2', 'b']);
    // a suffixed name never takes a name another input owns
    expect(uniqueDocNames(['/x/a.pdf', '/y/a.pdf', '/a-2.pdf'])).toEqual(['a', 'a-3', 'a-2']);
    // never the output folder itself, nor a file the batch writes beside the doc folders
    expect(uniqueDocNames(['/x/.pdf', '/x/summary.csv.pdf'], ['summary.csv'])).toEqual(['document', 'summary.csv-2']);
  });

  it('processes the first of identical files and marks later ones as its duplicates', async () => {
    const root = tree({ 'one.pdf': 'same', 'sub/one.pdf': 'same', 'two.pdf': 'other' });
    const found = await discoverPdfs([root]);
    const hashed = await Promise.all(found.map(async (f) => ({ ...f, sha256: await sha256File(f.path) })));
    const plan = planBatch(hashed);
    expect(plan.map((e) => [e.rel, e.doc, e.duplicateOf?.doc ?? null])).toEqual([
      ['one.pdf', 'one', null],
      ['sub/one.pdf', 'one-2', 'one'],
      ['two.pdf', 'two', null],
    ]);
    expect(hashed[0].sha256).toBe('0967115f2813a3541eaef77de9d9d5773f1c0c04314b0bbfe4ff3b3b1c55b5d5');
  });
});
