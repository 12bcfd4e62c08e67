/** Doc names from hostile file names: always one safe folder name, unique ignoring case. */
import { isSafeDocName, MAX_DOC_NAME_BYTES, safeDocName, uniqueDocNames } from '../../src/batch/names.js';

const HOSTILE = [
  '/in/...pdf',
  '/in/..pdf',
  '/in/.pdf',
  '/in/. .pdf',
  '/in/a\u001b]0;pwned\u0007b.pdf',
  '/in/\u001b[31m.pdf',
  '/in/a\\..\\..\\b.pdf',
  '/in/con.pdf',
  '/in/x<y>:z|?*".pdf',
  '/in/\u202egnp.exe.pdf',
  '/in/ trailing. .pdf',
  `/in/${'é'.repeat(300)}.pdf`,
  '/in/=1+2.pdf',
];

describe('safeDocName', () => {
  it('never yields an empty name, `.`, `..`, a separator or a control character', () => {
    for (const f of HOSTILE) {
      const name = safeDocName(f);
      expect(isSafeDocName(name)).toBe(true);
      // eslint-disable-next-line no-control-regex
      expect(name).not.toMatch(/^\.*$|[/\\\u0000-\u001f\u007f]/);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_DOC_NAME_BYTES);
    }
  });

  it('keeps ordinary names as they are and says what it replaced', () => {
    expect(safeDocName('/x/renja-pasirian-2024.pdf')).toBe('renja-pasirian-2024');
    expect(safeDocName('/x/Renja Dinas Kesehatan (final).PDF')).toBe('Renja Dinas Kesehatan (final)');
    expect(safeDocName('/x/...pdf')).toBe('document');
    expect(safeDocName('/x/..pdf')).toBe('document');
    expect(safeDocName('/x/a\u001b]0;t\u0007b.pdf')).toBe('a_]0;t_b');
    expect(safeDocName('/x/.hidden.pdf')).toBe('hidden');
    expect(safeDocName('/x/con.pdf')).toBe('_con');
    // a formula-like name is a fine folder name: only the CSV cells that show it are neutralised
    expect(safeDocName('/x/=1+2.pdf')).toBe('=1+2');
  });

  it('refuses names it could not have made', () => {
    for (const bad of ['', '.', '..', 'a/b', 'a\\b', '../x', 'x\u001b', '.done.json', 'nul', 'a.', ' a'])
      expect(isSafeDocName(bad)).toBe(false);
  });
});

describe('uniqueDocNames', () => {
  it('gives names differing only in case their own folders (case-insensitive shares)', () => {
    expect(uniqueDocNames(['/x/Renja.pdf', '/y/renja.pdf', '/z/RENJA.PDF'])).toEqual(['Renja', 'renja-2', 'RENJA-3']);
  });

  it('keeps clear of the files written beside the doc folders, in any case', () => {
    expect(uniqueDocNames(['/x/Summary.CSV.pdf', '/x/batch.json.pdf'])).toEqual(['Summary.CSV-2', 'batch.json-2']);
  });

  it('turns every name-less file into its own folder', () => {
    expect(uniqueDocNames(['/x/...pdf', '/x/..pdf', '/x/.pdf', '/x/document.pdf'])).toEqual([
      'document',
      'document-2',
      'document-3',
      'document-4',
    ]);
  });
});
