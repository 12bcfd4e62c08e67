/** `--threads`: an audit read on one thread and on several writes the same reports, byte for byte. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('bin/renja.js');
const seed = 'fixtures/renja/renja-pasirian-2024.pdf';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** report.json without the moment it was written (the one thing that differs between two runs). */
const reportJson = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'renja-pasirian-2024', 'report.json'), 'utf8'), (k, v: unknown) =>
    k === 'generatedAt' ? undefined : v,
  ) as unknown;

describe('renja audit --threads', () => {
  it('writes identical reports with 1 and with 3 threads', async () => {
    const one = mkdtempSync(path.join(os.tmpdir(), 'renja-threads1-'));
    const three = mkdtempSync(path.join(os.tmpdir(), 'renja-threads3-'));
    const [a, b] = [
      await run(['audit', seed, '--out', one, '--threads', '1']),
      await run(['audit', seed, '--out', three, '--threads', '3']),
    ];
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.stdout.replaceAll(three, one)).toBe(a.stdout);
    for (const f of ['discrepancies.csv', 'records.csv'])
      expect(readFileSync(path.join(three, 'renja-pasirian-2024', f), 'utf8')).toBe(
        readFileSync(path.join(one, 'renja-pasirian-2024', f), 'utf8'),
      );
    expect(reportJson(three)).toEqual(reportJson(one));
  });

  it('refuses a thread count that is not a whole number of at least 1', async () => {
    const r = await run(['audit', seed, '--out', os.tmpdir(), '--threads', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--threads/);
  });
});
