/** Parsers for CLI option values; each throws InvalidArgumentError with a one-line reason. */
import { InvalidArgumentError, Option } from 'commander';
import { RunIdSchema } from '../batch/queue-payload.js';
import { parseRedisUrl } from '../batch/queue-url.js';
import type { Area } from '../tables/options.js';

/** `--fail-on`: the severities a finding can fail the run at (exit 3). */
export const FAIL_ON = ['error', 'warning'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export function failOnOption(): Option {
  return new Option('--fail-on <severity>', 'exit 3 when a finding at or above this severity is found').choices(
    FAIL_ON,
  );
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

export function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0))
    throw new InvalidArgumentError('must be a number of seconds above 0');
  return n;
}

/** A queue URL checked as an option, so a malformed one is a usage error (exit 2). */
export function queueUrl(value: string): string {
  try {
    parseRedisUrl(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
  return value;
}

export function runId(value: string): string {
  if (!RunIdSchema.safeParse(value).success)
    throw new InvalidArgumentError(
      'a run id is 1-64 letters, digits, `_`, `.` or `-`, starting with a letter or digit',
    );
  return value;
}

/**
 * Highest page number `--pages` accepts. Checked before a range is expanded, so `1-200000000` is a usage error, not
 * an array of 200 million numbers; far above any real Renja (a few hundred pages).
 */
export const MAX_PAGE_NUMBER = 100_000;

/** `1,3-5` -> [1, 3, 4, 5] (each page once, in the order first given). */
export function parsePageList(value: string): number[] {
  const pages = new Set<number>();
  for (const part of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) throw new InvalidArgumentError(`'${part}' is not a page or a range like 3-5`);
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (a < 1 || b < a) throw new InvalidArgumentError(`'${part}' is not a valid page range`);
    if (b > MAX_PAGE_NUMBER) throw new InvalidArgumentError(`'${part}': page numbers go up to ${MAX_PAGE_NUMBER}`);
    for (let p = a; p <= b; p++) pages.add(p);
  }
  if (!pages.size) throw new InvalidArgumentError('no pages given');
  return [...pages];
}

/** `top,left,bottom,right` in points, as tabula takes it. */
export function parseArea(value: string): Area {
  const n = value.split(',').map((s) => Number(s.trim()));
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x)))
    throw new InvalidArgumentError('area must be top,left,bottom,right in points');
  const [top, left, bottom, right] = n;
  if (bottom <= top || right <= left) throw new InvalidArgumentError('area must have bottom > top and right > left');
  return { top, left, bottom, right };
}
