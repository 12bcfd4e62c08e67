/** Bad input gets a clear one-line error naming the file and the problem, with its failure class. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { auditDocument } from '../../src/audit/document.js';
import { extractTables } from '../../src/tables/extract.js';
import { tableToMatrix } from '../../src/tables/model.js';

const dir = path.resolve('fixtures/bad');

/** fixtures/bad/<name>.expected.json */
interface BadExpected {
  errorClass?: string;
  message_contains?: string;
  password?: string;
  tables?: { rows: string[][] }[];
  tablesWithPassword?: { rows: string[][] }[];
}
const readExpected = (name: string) =>
  JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as BadExpected;
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .sort();

describe('bad inputs', () => {
  for (const file of cases) {
    const expected = readExpected(file.replace(/\.pdf$/, ''));
    if (!expected.errorClass) continue;
    it(`${file} fails as ${expected.errorClass}`, async () => {
      // OCR off: the expected classes are those of the PDF itself (OCR of the image-only scan: below)
      const outcome = await auditDocument(path.join(dir, file), { ocr: { mode: 'off' } });
      expect(outcome.status).toBe('failed');
      if (outcome.status !== 'failed') return;
      expect(outcome.errorClass).toBe(expected.errorClass);
      expect(outcome.message).toContain(file);
      expect(outcome.message).toContain(expected.message_contains);
      expect(outcome.message).not.toMatch(/\n|\bat .*\.js:\d+/); // one line, no stack trace
    });
  }

  it('reads the image-only scan by OCR (the default) and finds it is no Renja', async () => {
    const outcome = await auditDocument(path.join(dir, 'image-only-scan.pdf'));
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.errorClass).toBe('no-renja-tables');
  }, 300_000);

  it('opens the encrypted file with its password and reads its table', async () => {
    const expected = readExpected('encrypted-needs-password');
    const r = await extractTables(path.join(dir, 'encrypted-needs-password.pdf'), { password: expected.password });
    expect(tableToMatrix(r.tables[0])).toEqual(expected.tablesWithPassword![0].rows);
  });

  it('says the password is wrong when it is', async () => {
    const outcome = await auditDocument(path.join(dir, 'encrypted-needs-password.pdf'), { password: 'salah' });
    expect(outcome).toMatchObject({
      status: 'failed',
      errorClass: 'encrypted',
      message: expect.stringContaining('wrong') as string,
    });
  });

  it('reads an owner-password-only file without a password', async () => {
    const expected = readExpected('encrypted-owner-only');
    const r = await extractTables(path.join(dir, 'encrypted-owner-only.pdf'));
    expect(tableToMatrix(r.tables[0])).toEqual(expected.tables![0].rows);
  });
});
