/**
 * Text from documents and file names made safe for where it goes: CSV cells (a spreadsheet must not run a cell as a
 * formula) and terminal lines (a file name must not send escape sequences). Nothing is dropped: what is changed is
 * shown (`\x1b`), so the original can be told from the output.
 */

/** How CSV text is written. `escape: false` (`--no-csv-escape`) keeps every cell byte for byte. */
export interface CsvOptions {
  escape?: boolean;
}

/** Cells a spreadsheet may run as a formula or DDE command start with one of these (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as the CSVs write money and counts (`-200000000`, `12.5`): data, never a formula, left as is. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** Control characters that have no business in a cell; tab, CR and LF stay (a wrapped cell keeps its line breaks). */
// eslint-disable-next-line no-control-regex
const CELL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Everything that must not reach a terminal raw: all C0/C1 controls and DEL, bidi overrides, zero-width marks. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function shown(ch: string): string {
  const c = ch.codePointAt(0)!;
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/**
 * One CSV text cell, neutralised (the default): control characters shown as `\xNN`, and a cell starting with
 * `= + - @`, tab or CR gets a leading `'` so a spreadsheet reads it as text. Plain numbers (`-200000000`) and a lone
 * `-` (the usual nil mark) are left alone: no spreadsheet runs them. Quoting is the CSV writer's job.
 */
export function csvCell(text: string, opts: CsvOptions = {}): string {
  if (opts.escape === false) return text;
  const s = text.replace(CELL_CONTROL, shown);
  return FORMULA_START.test(s) && s !== '-' && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** Text for one terminal line: every control character (line breaks too) and bidi/zero-width mark shown visibly. */
export function visible(text: string): string {
  return text.replace(TERMINAL_CONTROL, shown);
}
