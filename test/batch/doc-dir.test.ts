/** Doc folders: always strictly inside the output, never through a link; only renja's own leftovers deleted. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearDocDir, DocDirError, docDirPath, makeDocDir, removeTempFiles } from '../../src/batch/doc-dir.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'renja-docdir-'));

describe('docDirPath', () => {
  it('is DIR/<doc> for a safe name', () => {
    expect(docDirPath('/out', 'renja-2024')).toBe(path.resolve('/out/renja-2024'));
  });

  it('refuses any name that would leave the output folder or be the folder itself', () => {
    for (const doc of ['..', '.', '', '../x', 'a/../../x', '/etc', 'a/b', 'x\u001b'])
      expect(() => docDirPath('/out', doc)).toThrow(DocDirError);
  });
});

describe('makeDocDir and clearing', () => {
  it('creates the folder, and refuses one that is a symbolic link to elsewhere', async () => {
    const out = tmp();
    const elsewhere = tmp();
    expect(await makeDocDir(out, 'a')).toBe(path.join(out, 'a'));
    expect(existsSync(path.join(out, 'a'))).toBe(true);
    symlinkSync(elsewhere, path.join(out, 'linked'));
    await expect(makeDocDir(out, 'linked')).rejects.toThrow(/symbolic link/);
    writeFileSync(path.join(elsewhere, 'report.html'), 'not ours to delete');
    await expect(clearDocDir(path.join(out, 'linked'))).rejects.toThrow(/symbolic link/);
    expect(existsSync(path.join(elsewhere, 'report.html'))).toBe(true);
  });

  it('deletes only its own outputs and their temporary files, never other files', async () => {
    const dir = path.join(tmp(), 'doc');
    mkdirSync(dir);
    const names = [
      'report.html',
      '.done.json',
      '.report.html.123.0123456789ab.tmp',
      '.records.csv.9.abcdefabcdef.tmp',
      'notes.txt',
      '.notes.txt.123.0123456789ab.tmp', // another program's temporary file, same pattern
      'my-report.html',
    ];
    for (const n of names) writeFileSync(path.join(dir, n), 'x');
    await clearDocDir(dir);
    expect(readdirSync(dir).sort()).toEqual(['.notes.txt.123.0123456789ab.tmp', 'my-report.html', 'notes.txt']);
  });

  it('sweeps only renja temp files from the output folder', async () => {
    const out = tmp();
    for (const n of ['.summary.csv.1.0123456789ab.tmp', '.thesis.docx.1.0123456789ab.tmp', 'summary.csv'])
      writeFileSync(path.join(out, n), 'x');
    await removeTempFiles(out);
    expect(readdirSync(out).sort()).toEqual(['.thesis.docx.1.0123456789ab.tmp', 'summary.csv']);
  });
});
