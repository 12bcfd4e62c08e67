/**
 * What goes through the queue: one job per document, its payload (zod-checked on both ends), its id, and how a
 * worker's failure travels back to the coordinator. No secret travels: the payload holds paths, hashes and the
 * run's share token, never a PDF password (each worker has its own). The payload names the input relative to a shared input root
 * and the output folder as the coordinator sees them; a worker may see both at other paths (`--input-root`, `--out`).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { ERROR_CLASSES, type ErrorClass } from '../pdf/errors.js';
import { RUN_ID_PATTERN } from './queue-url.js';
import { OcrOptionsSchema, type OcrOptions } from '../pdf/ocr/options.js';

/** The one queue all runs share: a worker serves whichever run has work. */
export const QUEUE_NAME = 'renja-batch';
export const JOB_NAME = 'document';
/**
 * 2: no password in jobs (workers take it from their own --password-file or RENJA_PDF_PASSWORD). 3: the run's OCR
 * settings travel with each job (before, workers read every job with the default OCR whatever the run asked).
 */
export const PAYLOAD_FORMAT = 3;

export const RunIdSchema = z.string().regex(RUN_ID_PATTERN, 'a run id is 1-64 letters, digits, `_`, `.` or `-`');

/** A relative path with `/` separators that stays below its root. */
const RelativePath = z
  .string()
  .min(1)
  .refine(
    (p) =>
      !p.startsWith('/') &&
      !/^[A-Za-z]:/.test(p) &&
      !p.includes('\\') &&
      p.split('/').every((s) => s !== '' && s !== '.' && s !== '..'),
    {
      message: 'must be a relative path below the root, with / separators',
    },
  );

/** A doc folder name: one path segment. */
const DocName = z
  .string()
  .min(1)
  .refine((d) => d !== '.' && d !== '..' && !/[\\/]/.test(d), { message: 'must be a single folder name' });

export const JobPayloadSchema = z.strictObject({
  format: z.literal(PAYLOAD_FORMAT),
  runId: RunIdSchema,
  /** The run's share token, also in DIR/.renja-queue-<runId>: proves a worker sees the same output folder. */
  token: z.string().regex(/^[0-9a-f]{32}$/),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  /** The shared input root and output folder as the coordinator sees them (absolute). */
  inputRoot: z.string().refine((p) => path.isAbsolute(p), { message: 'must be absolute' }),
  outDir: z.string().refine((p) => path.isAbsolute(p), { message: 'must be absolute' }),
  /** The input, relative to inputRoot. */
  input: RelativePath,
  /** The path summary.csv shows (as in local mode: relative to the folder or glob it was found under). */
  rel: z.string().min(1),
  doc: DocName,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  options: z.strictObject({
    timeoutSeconds: z.number().positive().finite(),
    nomenklatur: z.string().optional(),
    generatedAt: z.iso.datetime(),
    locale: z.strictObject({ lang: z.enum(['id', 'en']), tz: z.string().min(1) }).optional(),
    csvDialect: z.enum(['default', 'excel-id']).optional(),
    /** The run's --ocr, --ocr-lang and --ocr-engine (a cache folder and thread counts are each worker's own). */
    ocr: z
      .strictObject({
        mode: z.enum(['auto', 'off', 'force']),
        lang: z.string().regex(/^[a-z_]{3,12}$/),
        engine: z.enum(['auto', 'tesseract.js', 'tesseract']),
      })
      .optional(),
  }),
});
export type JobPayload = z.infer<typeof JobPayloadSchema>;

/** The OCR settings a job carries: the run's mode, language and engine, with the defaults filled in. */
export function jobOcr(ocr: OcrOptions | undefined): NonNullable<JobPayload['options']['ocr']> {
  const o = OcrOptionsSchema.parse(ocr ?? {});
  return { mode: o.mode, lang: o.lang, engine: o.engine };
}

/** Same document, same bytes, same settings: a job left from an earlier coordinator may stand for this one. */
export function sameWork(a: JobPayload, b: JobPayload): boolean {
  return (
    a.runId === b.runId &&
    a.token === b.token &&
    a.tool.version === b.tool.version &&
    a.inputRoot === b.inputRoot &&
    a.outDir === b.outDir &&
    a.input === b.input &&
    a.rel === b.rel &&
    a.doc === b.doc &&
    a.sha256 === b.sha256 &&
    a.options.timeoutSeconds === b.options.timeoutSeconds &&
    a.options.csvDialect === b.options.csvDialect &&
    a.options.nomenklatur === b.options.nomenklatur &&
    JSON.stringify(a.options.locale ?? null) === JSON.stringify(b.options.locale ?? null) &&
    JSON.stringify(a.options.ocr ?? null) === JSON.stringify(b.options.ocr ?? null)
  );
}

/** One job per document per run; BullMQ ids may not contain `:`, and doc names may hold anything, so they are hashed. */
export function jobIdFor(runId: string, doc: string): string {
  return `${runId}.${createHash('sha256').update(doc).digest('hex').slice(0, 24)}`;
}

/** The default run id: the same for the same output folder, so re-running the same command finds its jobs. */
export function defaultRunId(outDir: string): string {
  return `out-${createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16)}`;
}

/** The deepest folder holding every input (the shared input root). */
export function commonRoot(files: string[]): string {
  if (!files.length) return path.resolve('.');
  let root = path.dirname(path.resolve(files[0]));
  for (const f of files.slice(1)) {
    const dir = path.dirname(path.resolve(f));
    while (root !== dir && !dir.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
      const up = path.dirname(root);
      if (up === root) break;
      root = up;
    }
  }
  return root;
}

/** `input` for a file under `root`, with `/` separators. */
export function inputUnder(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

const FAILURE = new RegExp(`^(${ERROR_CLASSES.join('|')}): ([\\s\\S]*)$`);

/** A document the worker could not finish travels as a job failure whose reason is `<class>: <message>`. */
export function encodeFailure(errorClass: ErrorClass, message: string): string {
  return `${errorClass}: ${message}`;
}

/**
 * A failed job's class and message. A reason not written by a renja worker (BullMQ's own, e.g. a job whose worker
 * process died too often: "job stalled more than allowable limit") is an internal error.
 */
export function decodeFailure(reason: string | undefined): { errorClass: ErrorClass; message: string } {
  const m = FAILURE.exec(reason ?? '');
  if (m) return { errorClass: m[1] as ErrorClass, message: m[2] };
  return {
    errorClass: 'internal-error',
    message: `worker lost or failed: ${(reason ?? 'no reason given').replace(/\s+/g, ' ').trim()}`,
  };
}

export type ExistingJobAction = 'add' | 'keep' | 'replace';

/**
 * What the coordinator does with a document to process whose job id already exists in the queue (left by an
 * earlier coordinator of the same run, e.g. one stopped by a lost Redis). `state` is BullMQ's, null for no job.
 */
export function existingJobAction(state: string | null, same: boolean): ExistingJobAction {
  if (state === null || state === 'unknown') return 'add';
  // A worker holds it: let it finish (or stall back to the queue); its data is checked when it ends.
  if (state === 'active') return 'keep';
  // It ended, yet --resume did not trust the result on disk (or this is not a resume): do it again.
  if (state === 'completed' || state === 'failed') return 'replace';
  // Still queued: it stands for this document if nothing changed since.
  return same ? 'keep' : 'replace';
}
