/** Parsers for CLI option values; each throws InvalidArgumentError with a one-line reason. */
import { InvalidArgumentError, Option } from 'commander';
import { isSafeDocName, OUT_DIR_FILES } from '../batch/names.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../batch/defaults.js';
import { parseRedisUrl, RUN_ID_PATTERN } from '../batch/queue-url.js';
import type { Area } from '../tables/options.js';
import { DEFAULT_LANG, LANGS } from '../i18n/catalogue.js';
import { DEFAULT_TZ, isTimeZone } from '../i18n/dates.js';
import { CSV_DIALECTS } from '../report/csv-dialect.js';

/** `--fail-on`: the severities a finding can fail the run at (exit 3). */
export const FAIL_ON = ['error', 'warning'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export function failOnOption(): Option {
  return new Option('--fail-on <severity>', 'exit 3 when a finding at or above this severity is found').choices(
    FAIL_ON,
  );
}

/** The `Examples:` block shown after a command's options in `--help`. */
export function examples(...lines: [command: string, what: string][]): string {
  return `\nExamples:\n${lines.map(([c, w]) => `  $ ${c}\n      ${w}`).join('\n')}\n`;
}

/** `--csv-dialect`: `excel-id` writes `;` separators and decimal commas (Excel under Indonesian settings). */
export function csvDialectOption(): Option {
  return new Option(
    '--csv-dialect <dialect>',
    'CSV flavour: default (comma, decimal point) or excel-id (semicolon, decimal comma: Excel with Indonesian regional settings)',
  ).choices(CSV_DIALECTS);
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

/** `--timeout`: the per-document time limit of every command (a document over it fails as `timeout`). */
export function timeoutOption(): Option {
  return new Option('--timeout <seconds>', 'per-document time limit; a document over it fails as `timeout`')
    .argParser(positiveSeconds)
    .default(DEFAULT_TIMEOUT_SECONDS);
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
  if (!RUN_ID_PATTERN.test(value))
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

/** `1,3-5` -> [1, 3, 4, 5] (each page once, in the order first given); `all` -> 'all' (as tabula's `--pages all`). */
export function parsePageList(value: string): number[] | 'all' {
  if (value.trim().toLowerCase() === 'all') return 'all';
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

/**
 * A document name given on the command line (`--as`): it names the output folder `<out>/<name>/`, so it must be a doc
 * name renja could have made itself (src/batch/names.ts): one plain folder name, never a path or a name renja
 * writes beside the doc folders.
 */
export function docNameArg(value: string): string {
  const name = value.trim();
  if (!isSafeDocName(name) || OUT_DIR_FILES.some((f) => f === name.toLowerCase()))
    throw new InvalidArgumentError(
      'must be a plain folder name: no `/`, `\\`, `<>:"|?*` or control characters, not starting or ending with a dot or space, not summary.csv or another file renja writes',
    );
  return name;
}

export function docNameOption(flags: string, description: string): Option {
  return new Option(flags, description).argParser(docNameArg);
}

/** `--lang` and `--tz`: the language and time zone of everything a person reads. */
export function langOption(): Option {
  return new Option('--lang <lang>', 'language of the reports and the summary: id (Bahasa Indonesia) or en')
    .choices(LANGS)
    .default(DEFAULT_LANG);
}

export function tzOption(): Option {
  return new Option(
    '--tz <zone>',
    'time zone of the dates shown (IANA name; Asia/Jakarta = WIB, Asia/Makassar = WITA, Asia/Jayapura = WIT)',
  )
    .default(DEFAULT_TZ)
    .argParser(timeZone);
}

export function timeZone(value: string): string {
  if (!isTimeZone(value)) throw new InvalidArgumentError(`unknown time zone '${value}' (e.g. Asia/Jakarta)`);
  return value;
}
