/**
 * Finds the PDFs a batch runs over: folders are walked recursively, globs are matched against the files under their
 * fixed prefix, plain files are taken as given. Only `.pdf` names count (any case). The order is deterministic:
 * inputs in the order given, files of one input sorted by their path (code-point order, not locale), each file
 * once even when several inputs reach it.
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path shown in reports: relative to the folder or glob base it was found under (`/` separators), else its base name. */
  rel: string;
  /**
   * Set when the entry cannot be read (a dangling or looping symbolic link, a folder whose listing is refused): why.
   * Such an entry is still listed, so summary.csv says what was not audited instead of dropping it in silence.
   */
  unreadable?: string;
}

/** Why a file system entry cannot be read, in a few words. */
export function unreadableReason(err: unknown, symlink = false): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (symlink && code === 'ENOENT') return 'dangling symbolic link (its target does not exist)';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  return code ? `cannot be read (${code})` : `cannot be read (${(err as Error)?.message ?? String(err)})`;
}

export const isPdfName = (name: string): boolean => /\.pdf$/i.test(name);

const GLOB_CHARS = /[*?[\]{}]/;

export function isGlob(input: string): boolean {
  return GLOB_CHARS.test(input);
}

/** Code-point order, so the same inputs sort the same way under every locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A glob as a regular expression over `/`-separated relative paths: `**` any folders (or none), `*` and `?` within
 * one name, `[...]` character classes and `{a,b}` alternatives.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        const slashAfter = glob[i + 2] === '/';
        if (atSegmentStart && slashAfter) {
          re += '(?:[^/]*/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      inBraces++;
      re += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      re += ')';
    } else if (c === ',' && inBraces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The folder part of a glob before its first wildcard segment, and the pattern for what lies below it. */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const parts = glob.split(/[\\/]/);
  const firstMagic = parts.findIndex((p) => isGlob(p));
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  return { base, pattern: parts.slice(firstMagic).join('/') };
}

/** An entry `walk` could not read: a folder (`rel` ends in `/`) or a symbolic link, and why. */
export interface UnreadableEntry {
  rel: string;
  reason: string;
}

/**
 * Every file below `dir`, as `/`-separated paths relative to it, sorted. Symbolic links to folders are not followed.
 * Folders that cannot be listed and symbolic links that lead nowhere go to `unreadable` (sorted too), not lost.
 */
export async function walk(dir: string, unreadable: UnreadableEntry[] = []): Promise<string[]> {
  const out: string[] = [];
  const bad: UnreadableEntry[] = [];
  const visit = async (rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch (err) {
      if (!rel) throw err;
      bad.push({ rel: `${rel}/`, reason: `folder ${unreadableReason(err)}: its PDFs were not audited` });
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await visit(r);
      else if (e.isFile()) out.push(r);
      else if (e.isSymbolicLink()) {
        try {
          if ((await stat(path.join(dir, r))).isFile()) out.push(r);
        } catch (err) {
          bad.push({ rel: r, reason: unreadableReason(err, true) });
        }
      }
    }
  };
  await visit('');
  unreadable.push(...bad.sort((a, b) => comparePaths(a.rel, b.rel)));
  return out.sort(comparePaths);
}

/** Resolves the batch inputs to PDF files. Throws (a usage error) for an input that names nothing. */
export async function discoverPdfs(inputs: string[], cwd = process.cwd()): Promise<FoundFile[]> {
  const seen = new Set<string>();
  const out: FoundFile[] = [];
  const add = (abs: string, rel: string, unreadable?: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push(unreadable === undefined ? { path: abs, rel } : { path: abs, rel, unreadable });
  };
  /** Unreadable entries after the files of their input; a symbolic link counts only when its name is a PDF's. */
  const addUnreadable = (base: string, entries: UnreadableEntry[], keep: (rel: string) => boolean) => {
    for (const u of entries)
      if (u.rel.endsWith('/') || (isPdfName(u.rel) && keep(u.rel))) add(path.join(base, u.rel), u.rel, u.reason);
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const st = await stat(abs).catch(() => null);
    if (st?.isDirectory()) {
      const bad: UnreadableEntry[] = [];
      const files = await walk(abs, bad).catch((err: unknown) => {
        bad.push({ rel: '', reason: `folder ${unreadableReason(err)}: its PDFs were not audited` });
        return [] as string[];
      });
      for (const rel of files) if (isPdfName(rel)) add(path.join(abs, rel), rel);
      for (const u of bad.filter((b) => b.rel === '')) add(abs, `${path.basename(abs)}/`, u.reason);
      addUnreadable(
        abs,
        bad.filter((b) => b.rel !== ''),
        () => true,
      );
    } else if (st?.isFile()) {
      add(abs, path.basename(abs));
    } else if (isGlob(input)) {
      const { base, pattern } = splitGlob(input);
      const baseAbs = path.resolve(cwd, base);
      const re = globToRegExp(pattern);
      const bad: UnreadableEntry[] = [];
      const files = (await stat(baseAbs).catch(() => null))?.isDirectory() ? await walk(baseAbs, bad) : [];
      for (const rel of files) if (isPdfName(rel) && re.test(rel)) add(path.join(baseAbs, rel), rel);
      addUnreadable(baseAbs, bad, (rel) => re.test(rel));
    } else if (await lstat(abs).catch(() => null)) {
      // named on the command line, but a link that leads nowhere: listed as unreadable, not a usage error
      const reason = await stat(abs).then(
        () => 'cannot be read',
        (err: unknown) => unreadableReason(err, true),
      );
      add(abs, path.basename(abs), reason);
    } else {
      throw new Error(`${input}: no such file or folder`);
    }
  }
  return out;
}
