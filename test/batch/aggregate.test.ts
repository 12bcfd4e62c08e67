/** Batch-wide CSVs are the per-document bodies streamed after one header, quoted line breaks kept intact. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { concatCsvBodies } from '../../src/batch/aggregate.js';
import { csvHeaderLine } from '../../src/report/format.js';

describe('concatCsvBodies', () => {
  it('writes the header once (with its BOM) and every file without its first line (BOM included)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'renja-agg-'));
    writeFileSync(path.join(dir, 'a.csv'), '\uFEFFdoc,note\na,"two\nlines"\na,x\n');
    writeFileSync(path.join(dir, 'b.csv'), '\n'); // a document without rows
    writeFileSync(path.join(dir, 'c.csv'), `doc,note\n${'c,y\n'.repeat(50000)}`); // larger than one read chunk
    await concatCsvBodies(
      path.join(dir, 'all.csv'),
      csvHeaderLine(['doc', 'note']),
      ['a.csv', 'b.csv', 'c.csv'].map((f) => path.join(dir, f)),
    );
    const all = readFileSync(path.join(dir, 'all.csv'), 'utf8');
    expect(all.startsWith('\uFEFFdoc,note\na,"two\nlines"\na,x\nc,y\n')).toBe(true);
    expect(all.split('\n').filter((l) => l === 'c,y')).toHaveLength(50000);
    expect(all.match(/doc,note/g)).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no partial target when a source is missing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'renja-agg-'));
    await expect(concatCsvBodies(path.join(dir, 'all.csv'), 'h\n', [path.join(dir, 'missing.csv')])).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
