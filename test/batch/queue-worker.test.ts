import { SUMMARY_COLUMNS } from '../../src/report/summary-csv.js';
/**
 * What a `renja worker` trusts: only jobs that pass the schema and name a file inside its own --input-root (a
 * symbolic link leading out is refused), each refusal one line while the worker goes on; the PDF password comes
 * from the worker's own environment, never from the job; a coordinator stopped with SIGTERM leaves no job behind.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { JOB_NAME, PAYLOAD_FORMAT, QUEUE_NAME } from '../../src/batch/queue-payload.js';
import { ensureShareToken } from '../../src/batch/queue-share.js';
import { TOOL } from '../../src/audit/write-outputs.js';
import { bin, folder, run, tmp } from './cli-helpers.js';
import { describeIfAvailable } from '../helpers/needs.js';
import { redisNeed, startRedis, type TestRedis } from './redis-helpers.js';
import { startWorker, type WorkerProc } from './worker-helpers.js';

/** The Redis database these tests use (queue.test.ts uses 0-2), emptied first. */
const DB = 3;

describeIfAvailable(redisNeed(), 'renja worker on Redis: what it trusts', () => {
  let redis: TestRedis;
  let queue: Queue;

  beforeAll(async () => {
    redis = await startRedis();
    queue = new Queue(QUEUE_NAME, { connection: { host: redis.host, port: redis.port, db: DB } });
  });

  // Each test starts from an empty database: the job counts it checks are its own.
  beforeEach(async () => {
    const c = new Redis(redis.url(DB));
    await c.flushdb();
    await c.quit();
  });

  afterAll(async () => {
    await queue?.close();
    await redis?.stop();
  });

  /** A job as a coordinator would write it for `input` below `root`, with a valid share token in `out`. */
  async function jobFor(root: string, out: string, input: string, doc: string): Promise<Record<string, unknown>> {
    const runId = 'trust-test';
    const token = await ensureShareToken(out, runId);
    return {
      format: PAYLOAD_FORMAT,
      runId,
      token,
      tool: TOOL,
      inputRoot: root,
      outDir: out,
      input,
      rel: input,
      doc,
      sha256: 'a'.repeat(64),
      options: { timeoutSeconds: 60, generatedAt: new Date().toISOString() },
    };
  }

  it('refuses a malformed job and a link leading out of --input-root in one line each, and goes on with a good job', async () => {
    const root = tmp('trust-root');
    const out = tmp('trust-out');
    copyFileSync('fixtures/audit/clean.pdf', path.join(root, 'good.pdf'));
    // a link inside the root to a PDF outside it
    symlinkSync(path.resolve('fixtures/renja/renja-old-era-jabar.pdf'), path.join(root, 'escape.pdf'));
    let worker: WorkerProc | undefined;
    try {
      worker = startWorker(redis.url(DB), ['--input-root', root]);
      await worker.waitFor(/serving renja-batch/);
      const bad = await queue.add(JOB_NAME, { format: PAYLOAD_FORMAT, inputRoot: '/', input: 'etc/passwd' });
      const escape = await queue.add(JOB_NAME, await jobFor(root, out, 'escape.pdf', 'escape'));
      const withPassword = await queue.add(JOB_NAME, {
        ...(await jobFor(root, out, 'good.pdf', 'pw')),
        options: { timeoutSeconds: 60, generatedAt: new Date().toISOString(), password: 'x' },
      });
      const good = await queue.add(JOB_NAME, await jobFor(root, out, 'good.pdf', 'good'));
      await worker.waitFor(/good: done: ok/);
      const lines = worker.log().split('\n');
      for (const [job, why] of [
        [bad, /not a renja document job \(/],
        [escape, /input escape\.pdf leads outside --input-root /],
        [withPassword, /not a renja document job \(options: /],
      ] as const) {
        const refused = lines.filter((l) => l.includes(`refused job ${job.id}:`));
        expect(refused).toHaveLength(1);
        expect(refused[0]).toMatch(why);
        expect(await (await queue.getJob(job.id!))!.getState()).toBe('failed');
      }
      // nothing read from the escaping link; the good job's outputs are there
      expect(existsSync(path.join(out, 'escape'))).toBe(false);
      expect(existsSync(path.join(out, 'good', 'records.csv'))).toBe(true);
      expect(await (await queue.getJob(good.id!))!.getState()).toBe('completed');
    } finally {
      await worker?.stop();
    }
  });

  it('the worker opens encrypted PDFs with its own RENJA_PDF_PASSWORD (jobs carry none)', async () => {
    const dir = folder({
      'locked.pdf': 'fixtures/bad/encrypted-needs-password.pdf',
      'owner.pdf': 'fixtures/bad/encrypted-owner-only.pdf',
    });
    const out = tmp('trust-pw');
    const password = (
      JSON.parse(readFileSync('fixtures/bad/encrypted-needs-password.expected.json', 'utf8')) as { password: string }
    ).password;
    const worker = startWorker(redis.url(DB), [], { RENJA_PDF_PASSWORD: password });
    try {
      await worker.waitFor(/serving renja-batch/);
      const r = await run(['batch', dir, '--out', out, '--queue', redis.url(DB)]);
      const summary = readFileSync(path.join(out, 'summary.csv'), 'utf8');
      // both are no Renja (a table of another kind): read, not refused for their encryption
      expect(summary).not.toMatch(/encrypted/);
      expect(summary).toMatch(/^locked,locked\.pdf,no-renja-tables,.*no-renja-tables/m);
      expect(summary).toMatch(/^owner,owner\.pdf,no-renja-tables,.*no-renja-tables/m);
      // a document without Renja tables is listed, not failed: --fail-on alone makes the batch exit non-zero
      expect(r.code).toBe(0);
      // the run's jobs are gone from Redis once it completed
      expect(await queue.getJobCountByTypes('completed', 'failed', 'wait', 'active', 'delayed')).toBe(0);
    } finally {
      await worker.stop();
    }
  });

  it("reads each job with the run's OCR settings (--ocr off: a scan fails as scanned, OCR off)", async () => {
    const dir = folder({ 'scan.pdf': 'fixtures/bad/image-only-scan.pdf' });
    const out = tmp('trust-ocr');
    const worker = startWorker(redis.url(DB), []);
    try {
      await worker.waitFor(/serving renja-batch/);
      await run(['batch', dir, '--out', out, '--queue', redis.url(DB), '--ocr', 'off']);
      // with the default OCR the worker would have read the page (and found no Renja table)
      expect(readFileSync(path.join(out, 'summary.csv'), 'utf8')).toMatch(/^scan,scan\.pdf,failed,.*OCR is off/m);
    } finally {
      await worker.stop();
    }
  });

  it('SIGTERM on the coordinator takes its queued jobs back and writes the summary (exit 130)', async () => {
    const dir = folder({ 'a.pdf': 'fixtures/audit/clean.pdf', 'b.pdf': 'fixtures/bad/truncated.pdf' });
    const out = tmp('trust-term');
    // no worker: the jobs stay queued until the coordinator is stopped
    const child = spawn(process.execPath, [bin, 'batch', dir, '--out', out, '--queue', redis.url(DB)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const started = new Promise<void>((resolve) =>
      child.stderr!.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/start workers with/.test(stderr)) resolve();
      }),
    );
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await started;
    // the jobs are queued before the note; wait until both are there
    while ((await queue.getJobCountByTypes('wait')) < 2) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await exited).toBe(130);
    expect(await queue.getJobCountByTypes('completed', 'failed', 'wait', 'active', 'delayed')).toBe(0);
    expect(
      readFileSync(path.join(out, 'summary.csv'), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim(),
    ).toBe(SUMMARY_COLUMNS.join(','));
  });
});
