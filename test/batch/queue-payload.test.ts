/** The queue's pure parts: job payload schema, ids, failure encoding, queue URL, the resume choice for leftover jobs, the share token. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testCrashRequested } from '../../src/batch/process-document.js';
import {
  commonRoot,
  decodeFailure,
  defaultRunId,
  encodeFailure,
  existingJobAction,
  inputUnder,
  jobIdFor,
  JobPayloadSchema,
  jobOcr,
  sameWork,
  type JobPayload,
} from '../../src/batch/queue-payload.js';
import { checkShareToken, ensureShareToken, shareTokenFile } from '../../src/batch/queue-share.js';
import { parseRedisUrl } from '../../src/batch/queue-url.js';

const payload: JobPayload = {
  format: 3,
  runId: 'out-0123abcd',
  token: 'f'.repeat(32),
  tool: { name: 'renja-audit', version: '0.1.0' },
  inputRoot: '/mnt/share/in',
  outDir: '/mnt/share/out',
  input: 'sub/a.pdf',
  rel: 'sub/a.pdf',
  doc: 'a',
  sha256: 'a'.repeat(64),
  options: { timeoutSeconds: 300, generatedAt: '2025-01-02T03:04:05.000Z' },
};

describe('JobPayloadSchema', () => {
  it('accepts a job as the coordinator writes it', () => {
    expect(JobPayloadSchema.parse(payload)).toEqual(payload);
  });

  it('refuses a job that carries a password (format 1 did; secrets never go through Redis)', () => {
    const withPassword = { ...payload, options: { ...payload.options, password: 's3cret' } };
    expect(JobPayloadSchema.safeParse(withPassword).success).toBe(false);
    expect(JobPayloadSchema.safeParse({ ...withPassword, format: 1 }).success).toBe(false);
  });

  it('refuses paths that leave their root, odd doc names, bad hashes, unknown fields and other formats', () => {
    const bad = (patch: Record<string, unknown>) => JobPayloadSchema.safeParse({ ...payload, ...patch }).success;
    expect(bad({ input: '../etc/passwd' })).toBe(false);
    expect(bad({ input: '/etc/passwd' })).toBe(false);
    expect(bad({ input: 'a//b.pdf' })).toBe(false);
    expect(bad({ input: 'sub\\a.pdf' })).toBe(false);
    expect(bad({ doc: 'x/y' })).toBe(false);
    expect(bad({ doc: '..' })).toBe(false);
    expect(bad({ sha256: 'A'.repeat(64) })).toBe(false);
    expect(bad({ token: 'short' })).toBe(false);
    expect(bad({ runId: 'has:colon' })).toBe(false);
    expect(bad({ outDir: 'relative/out' })).toBe(false);
    expect(bad({ format: 1 })).toBe(false);
    expect(bad({ format: 2 })).toBe(false);
    expect(bad({ format: 4 })).toBe(false);
    expect(bad({ extra: 1 })).toBe(false);
    expect(bad({ options: { timeoutSeconds: 0, generatedAt: payload.options.generatedAt } })).toBe(false);
    expect(bad({ options: { timeoutSeconds: 5, generatedAt: 'yesterday' } })).toBe(false);
  });

  it('tells when a queued job still stands for a document: same bytes and settings, whatever its timestamp', () => {
    expect(
      sameWork(payload, { ...payload, options: { ...payload.options, generatedAt: '2030-01-01T00:00:00.000Z' } }),
    ).toBe(true);
    expect(sameWork(payload, { ...payload, sha256: 'b'.repeat(64) })).toBe(false);
    expect(sameWork(payload, { ...payload, options: { ...payload.options, timeoutSeconds: 10 } })).toBe(false);
    expect(sameWork(payload, { ...payload, tool: { name: 'renja-audit', version: '0.2.0' } })).toBe(false);
    // the reports' language and the OCR settings are part of the work
    expect(sameWork(payload, { ...payload, options: { ...payload.options, locale: { lang: 'en', tz: 'WIB' } } })).toBe(
      false,
    );
    const ocrOff = { ...payload, options: { ...payload.options, ocr: jobOcr({ mode: 'off' }) } };
    expect(sameWork(payload, ocrOff)).toBe(false);
    expect(sameWork(ocrOff, { ...ocrOff })).toBe(true);
  });

  it("carries the run's OCR mode, language and engine, never a cache folder or thread count", () => {
    expect(jobOcr(undefined)).toEqual({ mode: 'auto', lang: 'ind', engine: 'tesseract.js' });
    expect(jobOcr({ mode: 'force', lang: 'eng', engine: 'tesseract', cacheDir: '/tmp/c', workers: 4 })).toEqual({
      mode: 'force',
      lang: 'eng',
      engine: 'tesseract',
    });
    const withOcr = { ...payload, options: { ...payload.options, ocr: jobOcr({ mode: 'off' }) } };
    expect(JobPayloadSchema.parse(withOcr)).toEqual(withOcr);
    const bad = (ocr: unknown) =>
      JobPayloadSchema.safeParse({ ...payload, options: { ...payload.options, ocr } }).success;
    expect(bad({ mode: 'off', lang: 'ind', engine: 'tesseract.js', cacheDir: '/tmp' })).toBe(false);
    expect(bad({ mode: 'sometimes', lang: 'ind', engine: 'tesseract.js' })).toBe(false);
    expect(bad({ mode: 'auto', lang: '../../etc', engine: 'tesseract.js' })).toBe(false);
  });
});

describe('job ids and paths', () => {
  it('gives one id per document per run, free of `:` whatever the doc name', () => {
    expect(jobIdFor('r1', 'a')).toBe(jobIdFor('r1', 'a'));
    expect(jobIdFor('r1', 'a')).not.toBe(jobIdFor('r1', 'b'));
    expect(jobIdFor('r1', 'a')).not.toBe(jobIdFor('r2', 'a'));
    expect(jobIdFor('r1', 'x:y z/ü')).toMatch(/^r1\.[0-9a-f]{24}$/);
    expect(defaultRunId('/data/out')).toBe(defaultRunId('/data/out/'));
    expect(defaultRunId('/data/out')).not.toBe(defaultRunId('/data/out2'));
  });

  it('finds the shared input root and names inputs below it with / separators', () => {
    expect(commonRoot(['/s/in/a.pdf', '/s/in/x/b.pdf', '/s/in/x/y/c.pdf'])).toBe('/s/in');
    expect(commonRoot(['/s/in/x/b.pdf', '/s/in2/c.pdf'])).toBe('/s');
    expect(commonRoot(['/s/in/x/b.pdf'])).toBe('/s/in/x');
    expect(inputUnder('/s/in', '/s/in/x/y/c.pdf')).toBe('x/y/c.pdf');
  });
});

describe('failures through the queue', () => {
  it('round-trips a worker failure class and message', () => {
    expect(decodeFailure(encodeFailure('timeout', 'did not finish within 300 s (worker stopped)'))).toEqual({
      errorClass: 'timeout',
      message: 'did not finish within 300 s (worker stopped)',
    });
  });

  it("makes any other reason (BullMQ's own, e.g. a job whose workers kept dying) an internal error", () => {
    expect(decodeFailure('job stalled more than allowable limit')).toEqual({
      errorClass: 'internal-error',
      message: 'worker lost or failed: job stalled more than allowable limit',
    });
    expect(decodeFailure(undefined).errorClass).toBe('internal-error');
  });
});

describe('resume: what to do with a job an earlier coordinator left', () => {
  it('adds a missing job, redoes an ended one, keeps a running one and a queued one that still stands', () => {
    expect(existingJobAction(null, false)).toBe('add');
    expect(existingJobAction('unknown', false)).toBe('add');
    expect(existingJobAction('completed', true)).toBe('replace');
    expect(existingJobAction('failed', true)).toBe('replace');
    expect(existingJobAction('active', false)).toBe('keep');
    expect(existingJobAction('waiting', true)).toBe('keep');
    expect(existingJobAction('delayed', true)).toBe('keep');
    expect(existingJobAction('waiting', false)).toBe('replace');
    expect(existingJobAction('prioritized', false)).toBe('replace');
  });
});

describe('queue URL', () => {
  it('reads host, port, db and credentials, and never shows the password', () => {
    expect(parseRedisUrl('redis://10.0.0.5:6380/2')).toMatchObject({
      host: '10.0.0.5',
      port: 6380,
      db: 2,
      tls: false,
      display: 'redis://10.0.0.5:6380/2',
    });
    expect(parseRedisUrl('redis://localhost')).toMatchObject({ port: 6379, db: 0, display: 'redis://localhost/0' });
    const withAuth = parseRedisUrl('rediss://u:p%40ss@h:1/0');
    expect(withAuth).toMatchObject({ username: 'u', password: 'p@ss', tls: true });
    expect(withAuth.display).toBe('rediss://u:***@h:1/0');
    expect(parseRedisUrl('redis://:pw@h:1').display).toBe('redis://:***@h:1/0');
  });

  it('refuses what is not a Redis URL, in one line', () => {
    expect(() => parseRedisUrl('localhost:6379')).toThrow(/redis:\/\//);
    expect(() => parseRedisUrl('http://h:1')).toThrow('must start with redis:// or rediss://');
    expect(() => parseRedisUrl('redis://h:1/x')).toThrow('the database after the host must be a number');
  });
});

describe('share token', () => {
  it("is written once per run, kept by a resumed run, and checked from a worker's view of DIR", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'renja-share-'));
    const token = await ensureShareToken(out, 'run1');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(await ensureShareToken(out, 'run1')).toBe(token);
    expect(await checkShareToken(out, 'run1', token)).toBeNull();
    expect(await checkShareToken(out, 'run1', '0'.repeat(32))).toMatch(/holds another run's token/);
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'renja-share-'));
    expect(await checkShareToken(elsewhere, 'run1', token)).toBe(
      `cannot read ${shareTokenFile(elsewhere, 'run1')} (ENOENT): the output folder must be the same shared folder on every machine (pass its path here with --out)`,
    );
    writeFileSync(shareTokenFile(elsewhere, 'run1'), 'garbage\n');
    expect(await ensureShareToken(elsewhere, 'run1')).not.toBe('garbage');
  });
});

describe('test crash hook', () => {
  it('is honoured only with RENJA_TEST_HOOKS=1 and only for the named document', () => {
    expect(testCrashRequested('poison', { RENJA_TEST_CRASH_ON: 'poison' })).toBe(false);
    expect(testCrashRequested('poison', { RENJA_TEST_HOOKS: '1', RENJA_TEST_CRASH_ON: 'poison' })).toBe(true);
    expect(testCrashRequested('other', { RENJA_TEST_HOOKS: '1', RENJA_TEST_CRASH_ON: 'poison' })).toBe(false);
    expect(testCrashRequested('poison', { RENJA_TEST_HOOKS: '1' })).toBe(false);
  });
});
