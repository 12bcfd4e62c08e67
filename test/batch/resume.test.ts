/**
 * Killing a batch at any moment and resuming it ends with exactly the CSVs of an uninterrupted run; Ctrl-C stops
 * gracefully with exit 130 and summaries of what was done.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bin, csvFiles, readBatchJson, run, tmp, writePaddedCopy } from './cli-helpers.js';

/** Six distinct good documents (~0.5 s each), a bad one and a duplicate: long enough to kill mid-way. */
function corpus(): string {
  const dir = tmp('resume-in');
  for (let i = 1; i <= 6; i++) writePaddedCopy(path.join(dir, i % 2 ? `doc-${i}.pdf` : `sub/doc-${i}.pdf`), i);
  copyFileSync(path.resolve('fixtures/bad/truncated.pdf'), path.join(dir, 'truncated.pdf'));
  copyFileSync(path.join(dir, 'doc-1.pdf'), path.join(dir, 'sub/again.PDF'));
  return dir;
}

const markers = (out: string) =>
  existsSync(out) ? readdirSync(out).filter((d) => existsSync(path.join(out, d, '.done.json'))).length : 0;

/** Starts a batch and waits until at least one document is done. */
async function startAndWaitForFirstDone(input: string, out: string, timeoutMs = 30000): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'batch', input, '--out', out, '--workers', '2'], { stdio: 'ignore' });
  const t0 = Date.now();
  while (markers(out) === 0) {
    if (Date.now() - t0 > timeoutMs) throw new Error('no document finished in time');
    await new Promise((r) => setTimeout(r, 10));
  }
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((r) =>
    child.on('exit', (code, signal) => r({ code, signal })),
  );

describe('renja batch --resume', () => {
  const input = corpus();
  const reference = tmp('resume-ref');
  let refCsvs: Map<string, string>;

  beforeAll(async () => {
    expect((await run(['batch', input, '--out', reference, '--workers', '2'])).code).toBe(1);
    refCsvs = csvFiles(reference);
  });

  it('after SIGKILL mid-batch, a resumed run writes exactly the CSVs of an uninterrupted one', async () => {
    const out = tmp('resume-killed');
    const child = await startAndWaitForFirstDone(input, out);
    const exit = exited(child);
    child.kill('SIGKILL');
    expect((await exit).signal).toBe('SIGKILL');
    const doneAtKill = markers(out);
    expect(doneAtKill).toBeLessThan(7); // really interrupted: not every document was done
    expect(existsSync(path.join(out, 'summary.csv'))).toBe(false);

    const resumed = await run(['batch', input, '--out', out, '--workers', '2', '--resume']);
    expect(resumed.code).toBe(1);
    const b = readBatchJson(out);
    expect(b.documents.resumed).toBe(doneAtKill);
    expect(b.documents.resumed + b.documents.processed).toBe(7);
    expect([...csvFiles(out).keys()]).toEqual([...refCsvs.keys()]);
    for (const [f, text] of refCsvs) expect({ f, text: csvFiles(out).get(f) }).toEqual({ f, text });
    expect(refCsvs.get('summary.csv')!.trimEnd().split('\n')).toHaveLength(9);

    // a second resume does no work and changes nothing
    const again = await run(['batch', input, '--out', out, '--workers', '2', '--resume']);
    expect(readBatchJson(out).documents).toMatchObject({
      resumed: 7,
      processed: 0,
    });
    expect(again.code).toBe(1);
    expect(csvFiles(out)).toEqual(refCsvs);
  });

  it('on SIGINT finishes running documents, writes summaries of what is done and exits 130', async () => {
    const out = tmp('resume-sigint');
    const child = await startAndWaitForFirstDone(input, out);
    const exit = exited(child);
    child.kill('SIGINT');
    expect((await exit).code).toBe(130);
    const b = readBatchJson(out);
    expect(b.interrupted).toBe(true);
    expect(b.documents.notDone).toBeGreaterThan(0);
    const rows = readFileSync(path.join(out, 'summary.csv'), 'utf8').trimEnd().split('\n').slice(1);
    // every done document and the duplicate are listed; nothing undone is
    expect(rows.length).toBe(markers(out) + 1);

    expect((await run(['batch', input, '--out', out, '--workers', '2', '--resume'])).code).toBe(1);
    expect(csvFiles(out)).toEqual(refCsvs);
  });
});
