import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/report/atomic-write.js';

describe('writeFileAtomic', () => {
  it('writes, replaces and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const p = join(dir, 'out', 'report.csv');
    await writeFileAtomic(p, 'first\n');
    await writeFileAtomic(p, new TextEncoder().encode('second\n'));
    expect(readFileSync(p, 'utf8')).toBe('second\n');
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.csv']);
  });

  it('fails without leaving a partial file when the target cannot be replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const target = join(dir, 'taken');
    // A directory where the file should go: rename fails after the data was written.
    await writeFileAtomic(join(target, 'x'), 'keep');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(target, 'x'), 'utf8')).toBe('keep');
    writeFileSync(join(dir, 'plain'), 'old');
    await expect(writeFileAtomic(join(dir, 'plain', 'child'), 'x')).rejects.toThrow();
    expect(readFileSync(join(dir, 'plain'), 'utf8')).toBe('old');
  });

  it('streams through a writer function, and removes its temporary file when the writer fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const p = join(dir, 'all.csv');
    await writeFileAtomic(p, async (fh) => {
      await fh.write('a\n');
      await fh.write('b\n');
    });
    expect(readFileSync(p, 'utf8')).toBe('a\nb\n');
    await expect(
      writeFileAtomic(p, async (fh) => {
        await fh.write('partial');
        throw new Error('source vanished');
      }),
    ).rejects.toThrow('source vanished');
    expect(readdirSync(dir)).toEqual(['all.csv']);
    expect(readFileSync(p, 'utf8')).toBe('a\nb\n');
  });
});
