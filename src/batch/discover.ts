/**
 * Finds the PDFs a batch runs over: folders are walked recursively, globs are matched against the files under their
 * fixed prefix, plain files are taken as given. Only `.pdf` names count (any case). The order is deterministic:
 * inputs in the order given, files of one input sorted by their path (code-point order, not locale), each file
 * once even when several inputs reach it.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path shown in reports: relative to the folder or glob base it was found under (`/` separators), else its base name. */
  rel: string;
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

/** Every file below `dir`, as `/`-separated paths relative to it, sorted. Symbolic links to folders are not followed. */
export async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await visit(r);
      else if (e.isFile() || (e.isSymbolicLink() && (await stat(path.join(dir, r)).catch(() => null))?.isFile()))
        out.push(r);
    }
  };
  await visit('');
  return out.sort(comparePaths);
}

/** Resolves the batch inputs to PDF files. Throws (a usage error) for an input that names nothing. */
export async function discoverPdfs(inputs: string[], cwd = process.cwd()): Promise<FoundFile[]> {
  const seen = new Set<string>();
  const out: FoundFile[] = [];
  const add = (abs: string, rel: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ path: abs, rel });
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const st = await stat(abs).catch(() => null);
    if (st?.isDirectory()) {
      for (const rel of await walk(abs)) if (isPdfName(rel)) add(path.join(abs, rel), rel);
    } else if (st?.isFile()) {
      add(abs, path.basename(abs));
    } else if (isGlob(input)) {
      const { base, pattern } = splitGlob(input);
      const baseAbs = path.resolve(cwd, base);
      const re = globToRegExp(pattern);
      const files = (await stat(baseAbs).catch(() => null))?.isDirectory() ? await walk(baseAbs) : [];
      for (const rel of files) if (isPdfName(rel) && re.test(rel)) add(path.join(baseAbs, rel), rel);
    } else {
      throw new Error(`${input}: no such file or folder`);
    }
  }
  return out;
}
