/**
 * `renja batch --queue` + `renja worker` on a real Redis, as users run them (child processes of bin/renja.js): the
 * same CSVs as the local mode, byte for byte, also when a worker is SIGKILLed mid-document; a poison document
 * fails after its attempts; a Redis lost mid-run stops everyone cleanly and `--resume` completes the run; an
 * unreachable Redis is one error line and exit 1 (checked with or without a Redis on this machine).
 */
import { copyFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { csvFiles, folder, GOOD, readBatchJson, run, tmp, writePaddedCopy } from './cli-helpers.js';
import { startWorker, type WorkerProc } from './worker-helpers.js';
import { describeIfAvailable } from '../helpers/needs.js';
import { freePort, redisNeed, startProxy, startRedis, type TestRedis } from './redis-helpers.js';

/** Every fixture of fixtures/bad: each one fails, except the readable ones without Renja tables (listed as such). */
const BAD_PDFS = readdirSync('fixtures/bad').filter((n) => n.endsWith('.pdf')).length;
/** Those of them the local run lists as `no-renja-tables` (readable, no Renja table: not a failure). */
const noRenjaIn = (summaryCsv: string): number =>
  summaryCsv.split('\n').filter((l) => l.split(',')[2] === 'no-renja-tables').length;

/** The good documents (three distinct byte strings), clean.pdf, every broken fixture and a duplicate. */
function corpus(): string {
  const dir = folder({
    'renja-old-era-jabar.pdf': GOOD,
    'clean.pdf': 'fixtures/audit/clean.pdf',
    'sub/clean-again.pdf': 'fixtures/audit/clean.pdf',
  });
  for (const f of readdirSync('fixtures/bad').filter((n) => n.endsWith('.pdf')))
    copyFileSync(path.join('fixtures/bad', f), path.join(dir, `bad-${f}`));
  writePaddedCopy(path.join(dir, 'jabar-copy-1.pdf'), 1);
  writePaddedCopy(path.join(dir, 'sub/jabar-copy-2.pdf'), 2);
  return dir;
}

/** Every file name below `out` (temp files and markers included), for comparing folder shapes. */
function fileTree(out: string): string[] {
  const names: string[] = [];
  const visit = (rel: string) => {
    for (const n of readdirSync(path.join(out, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${n.name}` : n.name;
      if (n.isDirectory()) visit(r);
      else names.push(r);
    }
  };
  visit('');
  return names.filter((n) => n !== 'batch.json').sort();
}

describe('renja batch --queue: Redis unreachable', () => {
  it('fails fast with one error line and exit 1', async () => {
    const port = await freePort();
    // no retry loop: the test's own timeout bounds it (no timing assert on this shared machine)
    const r = await run([
      'batch',
      'fixtures/audit',
      '--out',
      tmp('queue-down'),
      '--queue',
      `redis://127.0.0.1:${port}`,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `renja: cannot reach Redis at redis://127.0.0.1:${port}/0: connect ECONNREFUSED 127.0.0.1:${port}\n`,
    );
    const w = await run(['worker', '--queue', `redis://127.0.0.1:${port}/2`, '--input-root', os.tmpdir()]);
    expect(w.code).toBe(1);
    expect(w.stderr.trim().split('\n')).toEqual([
      `renja: cannot reach Redis at redis://127.0.0.1:${port}/2: connect ECONNREFUSED 127.0.0.1:${port}`,
    ]);
    expect((await run(['batch', 'fixtures/audit', '--out', tmp('queue-down'), '--queue', 'http://x'])).code).toBe(2);
  });
});

// Needs a Redis (REDIS_URL, or redis-server on PATH): skipped loudly without one, failing under
// RENJA_REQUIRE_ALL_TESTS=1. The test above runs everywhere.
describeIfAvailable(redisNeed(), 'renja batch --queue on Redis', () => {
  let redis: TestRedis;
  const input = corpus();
  const reference = tmp('queue-ref');
  let refCsvs: Map<string, string>;
  let workers: WorkerProc[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    // A scratch Redis: clear what earlier runs of these tests may have left in the queue's databases.
    for (const db of [0, 1, 2]) {
      const c = new Redis(redis.url(db));
      await c.flushdb();
      await c.quit();
    }
    const local = await run(['batch', input, '--out', reference, '--workers', '2']);
    expect(local.code).toBe(1);
    refCsvs = csvFiles(reference);
    workers = [startWorker(redis.url()), startWorker(redis.url())];
    await Promise.all(workers.map((w) => w.waitFor(/serving renja-batch/)));
    // the local run OCRs fixtures/bad/image-only-scan.pdf (OCR is on by default): slow on a loaded machine
  }, 300_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await redis?.stop();
  });

  it("a coordinator and two workers write exactly the local mode's CSVs, and --resume redoes only what is missing", async () => {
    const out = tmp('queue-out');
    const r = await run(['batch', input, '--out', out, '--queue', redis.url()]);
    const BAD_NO_RENJA = noRenjaIn(readFileSync(path.join(reference, 'summary.csv'), 'utf8'));
    expect(BAD_NO_RENJA).toBeGreaterThan(0);
    expect(r.stderr).toContain('renja: encrypted: bad-encrypted-needs-password.pdf');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${5 + BAD_PDFS} PDFs: 4 ok, ${BAD_NO_RENJA} without Renja tables, ${BAD_PDFS - BAD_NO_RENJA} failed, 1 duplicates`,
    );
    expect([...csvFiles(out).keys()]).toEqual([...refCsvs.keys()]);
    for (const [f, text] of refCsvs) expect({ f, text: csvFiles(out).get(f) }).toEqual({ f, text });
    expect(fileTree(out)).toEqual(fileTree(reference));
    const b = readBatchJson(out);
    expect(b.options).toMatchObject({ queue: redis.url(), attempts: 3 });
    expect(b.counts.status).toEqual({
      ok: 4,
      failed: BAD_PDFS - BAD_NO_RENJA,
      duplicate: 1,
      'no-renja-tables': BAD_NO_RENJA,
    });
    // both workers took part, and the run's jobs were cleared from Redis when it completed
    for (const w of workers) expect(w.log()).toMatch(/: started \(run out-/);
    const q = new Queue('renja-batch', { connection: { host: redis.host, port: redis.port } });
    expect(await q.getJobCountByTypes('completed', 'failed', 'wait', 'active', 'delayed')).toBe(0);
    await q.close();

    rmSync(path.join(out, 'clean', '.done.json'));
    const again = await run(['batch', input, '--out', out, '--queue', redis.url(), '--resume']);
    expect(again.code).toBe(1);
    expect(readBatchJson(out).documents).toMatchObject({
      found: 5 + BAD_PDFS,
      resumed: 3 + BAD_PDFS,
      processed: 1,
      notDone: 0,
    });
    expect(csvFiles(out)).toEqual(refCsvs);
  }, 300_000); // two queue runs, each OCRs the image-only scan

  it('a worker SIGKILLed mid-document loses nothing: its job goes to another worker, outputs identical', async () => {
    // Only slow documents (~0.5 s each), so whichever the victim starts, it is killed in the middle of it.
    const slow = tmp('queue-slow-in');
    for (let i = 1; i <= 4; i++) writePaddedCopy(path.join(slow, `slow-${i}.pdf`), i);
    copyFileSync('fixtures/bad/truncated.pdf', path.join(slow, 'truncated.pdf'));
    const slowRef = tmp('queue-slow-ref');
    expect((await run(['batch', slow, '--out', slowRef, '--workers', '2'])).code).toBe(1);

    const out = tmp('queue-kill');
    const victim = startWorker(redis.url());
    await victim.waitFor(/serving renja-batch/);
    const coordinator = run(['batch', slow, '--out', out, '--queue', redis.url()]);
    await victim.waitFor(/slow-\d: started/);
    victim.child.kill('SIGKILL');
    expect((await victim.exited).signal).toBe('SIGKILL');
    const killedDoc = /(slow-\d): started/.exec(victim.log())![1];
    expect(victim.log()).not.toContain(`${killedDoc}: done`);

    const r = await coordinator;
    expect(r.code).toBe(1);
    // another worker started the killed worker's document again
    expect(
      workers.some((w) => w.log().includes(`${killedDoc}: started (run ${readBatchJson(out).options.runId}`)),
    ).toBe(true);
    expect(csvFiles(out)).toEqual(csvFiles(slowRef));
    expect(fileTree(out)).toEqual(fileTree(slowRef));
  });

  it('a poison document (its worker step crashes every time) ends failed as internal-error after its attempts', async () => {
    const dir = folder({ 'a.pdf': GOOD, 'poison.pdf': 'fixtures/audit/clean.pdf' });
    const out = tmp('queue-poison');
    const r = await run(['batch', dir, '--out', out, '--queue', redis.url(), '--attempts', '2']);
    expect(r.code).toBe(1);
    const summary = readFileSync(path.join(out, 'summary.csv'), 'utf8').trimEnd().split('\n');
    expect(summary).toHaveLength(3);
    expect(summary[1]).toMatch(/^a,a\.pdf,ok,13,/);
    expect(summary[2]).toMatch(/^poison,poison\.pdf,failed,[,]*,/);
    expect(
      summary[2].endsWith(
        ',internal-error: poison.pdf: worker failed: RENJA_TEST_CRASH_ON: simulated crash on poison (gave up after 2 attempts)',
      ),
    ).toBe(true);
    expect(readBatchJson(out).counts.failureClass).toEqual({ 'internal-error': 1 });
    expect(readdirSync(path.join(out, 'poison'))).toEqual(['.done.json']);
    const tries = workers.map((w) => (w.log().match(/poison: started/g) ?? []).length).reduce((a, n) => a + n, 0);
    expect(tries).toBe(2);
  });

  it('Redis lost mid-run: coordinator and worker stop cleanly (exit 75), and --resume completes the run', async () => {
    const proxy = await startProxy(redis.host, redis.port);
    const viaProxy = `redis://127.0.0.1:${proxy.port}/1`;
    const out = tmp('queue-lost');
    const worker = startWorker(viaProxy);
    await worker.waitFor(/serving renja-batch/);
    const coordinator = run(['batch', input, '--out', out, '--queue', viaProxy]);
    await worker.waitFor(/: done: /);
    await proxy.kill();
    const [c, w] = await Promise.all([coordinator, worker.exited]);
    expect(c.code).toBe(75);
    expect(c.stderr).toMatch(/renja: lost Redis \(.*\): stopped; re-run the same command with --resume to finish\n/);
    expect(w.code).toBe(75);
    expect(worker.log()).toMatch(/renja worker: lost Redis at redis:\/\/127\.0\.0\.1:\d+\/1 \(.*\): stopped/);
    const b = readBatchJson(out);
    expect(b.interrupted).toBe(true);
    expect(b.documents.notDone).toBeGreaterThan(0);

    // Redis is back (here: reached directly); the run's queued jobs are still in db 1
    const resumeWorker = startWorker(redis.url(1));
    try {
      const r = await run(['batch', input, '--out', out, '--queue', redis.url(1), '--resume']);
      expect(r.code).toBe(1);
      const after = readBatchJson(out);
      expect(after.documents.resumed).toBeGreaterThan(0);
      expect(after.documents.resumed + after.documents.processed).toBe(4 + BAD_PDFS);
      expect(csvFiles(out)).toEqual(refCsvs);
    } finally {
      await resumeWorker.stop();
    }
  });

  it('a worker that sees another output folder refuses the job with one line and exits 1; the job waits for a good worker', async () => {
    const dir = folder({ 'a.pdf': 'fixtures/audit/clean.pdf' });
    const out = tmp('queue-share');
    const elsewhere = tmp('queue-elsewhere');
    const wrong = startWorker(redis.url(2), ['--out', elsewhere]);
    await wrong.waitFor(/serving renja-batch/);
    const coordinator = run(['batch', dir, '--out', out, '--queue', redis.url(2)]);
    expect((await wrong.exited).code).toBe(1);
    expect(wrong.log()).toMatch(
      new RegExp(
        `renja worker: refused a job: cannot read ${elsewhere}/\\.renja-queue-out-[0-9a-f]+ \\(ENOENT\\): the output folder must be the same shared folder on every machine \\(pass its path here with --out\\)\n$`,
      ),
    );
    const good = startWorker(redis.url(2));
    try {
      const r = await coordinator;
      expect(r.code).toBe(0);
      expect(readFileSync(path.join(out, 'summary.csv'), 'utf8')).toMatch(/^a,a\.pdf,ok,/m);
    } finally {
      await good.stop();
    }
  });
});
