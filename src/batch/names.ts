/**
 * Output folder names for a set of input files: one `<doc>` per file, always a safe single folder name inside
 * `--out`, unique even when base names repeat or differ only in case.
 */
import path from 'node:path';

/** `<doc>` is the file's base name without its extension. */
export function docName(file: string): string {
  return path.basename(file).replace(/\.pdf$/i, '');
}

/** Stands in for a name with nothing usable left (`.pdf`, `...pdf`, `\x1b.pdf`). */
const EMPTY_NAME = 'document';

/** What `renja audit` and `renja batch` write beside the doc folders: no doc may be named like them (any case). */
export const OUT_DIR_FILES = ['summary.csv', 'discrepancies.csv', 'records.csv', 'batch.json'] as const;

/**
 * Longest doc name, in UTF-8 bytes: file systems cap a name at 255 bytes, and the temporary files of atomic writes
 * (`.report.html.<pid>.<hex>.tmp`) and the `-N` suffix need room beside it.
 */
export const MAX_DOC_NAME_BYTES = 120;

/**
 * Characters never kept in a doc name: path separators; characters Windows and SMB shares refuse (`<>:"|?*`);
 * C0, DEL and C1 controls (terminal escape sequences); Unicode controls that reorder or hide text (bidi overrides,
 * zero-width characters, byte order mark).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff/\\<>:"|?*]/g;
// eslint-disable-next-line no-control-regex
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff/\\<>:"|?*]/;
/** Device names Windows (and so an SMB share) will not create as a folder, with or without an extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Cuts a string to at most `max` UTF-8 bytes, at a code point boundary. */
function truncateUtf8(s: string, max: number): string {
  if (utf8Bytes(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (utf8Bytes(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/**
 * A file's doc name made safe: the base name without `.pdf`, NFC-normalised, unsafe characters replaced by `_`,
 * leading dots and spaces dropped (no `.`, `..` or hidden folder), trailing ones too (Windows drops them), cut to
 * MAX_DOC_NAME_BYTES, never empty, never a Windows device name.
 */
export function safeDocName(file: string): string {
  const trim = (s: string) => s.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  let s = trim(docName(file).normalize('NFC').replace(UNSAFE_CHARS, '_'));
  s = trim(truncateUtf8(s, MAX_DOC_NAME_BYTES));
  if (!s) return EMPTY_NAME;
  return WINDOWS_DEVICE.test(s) ? `_${s}` : s;
}

/**
 * Whether `name` is a doc name this module could have made: one non-empty folder name that stays inside its parent.
 * The writers check every doc name with it, whoever supplied the name (a queue job, a caller of the library).
 */
export function isSafeDocName(name: string): boolean {
  return (
    name.length > 0 &&
    !HAS_UNSAFE.test(name) &&
    !/^[.\s]/.test(name) &&
    !/[.\s]$/.test(name) &&
    !WINDOWS_DEVICE.test(name) &&
    utf8Bytes(name) <= MAX_DOC_NAME_BYTES + 12 &&
    name === name.normalize('NFC')
  );
}

/** Names compare as a case-insensitive file system (Windows, macOS, SMB shares) would. */
const nameKey = (s: string) => s.normalize('NFC').toLowerCase();

/**
 * Gives each input a unique `<doc>` folder name: its safe name, then `-2`, `-3`, ... for later files whose name is
 * already used, ignoring case. A suffixed name never takes a name that another input owns outright (`a.pdf`,
 * `x/a.pdf`, `a-2.pdf` -> `a`, `a-3`, `a-2`), nor one of OUT_DIR_FILES or `reserved`, so folders never collide.
 */
export function uniqueDocNames(files: string[], reserved: Iterable<string> = []): string[] {
  const bases = files.map(safeDocName);
  const blocked = new Set([...OUT_DIR_FILES, ...reserved].map(nameKey));
  const taken = new Set(bases.map(nameKey));
  const used = new Set<string>();
  const next = new Map<string, number>();
  return bases.map((base) => {
    const key = nameKey(base);
    if (!used.has(key) && !blocked.has(key)) {
      used.add(key);
      return base;
    }
    let n = next.get(key) ?? 2;
    const free = (k: string) => !used.has(k) && !taken.has(k) && !blocked.has(k);
    while (!free(nameKey(`${base}-${n}`))) n++;
    next.set(key, n + 1);
    const name = `${base}-${n}`;
    used.add(nameKey(name));
    return name;
  });
}
