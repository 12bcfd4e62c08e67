/**
 * Hostile and broken input through the real CLI (issue 11): file names that try to leave --out, run as spreadsheet
 * formulas or send terminal escapes; names differing only in case; links that lead nowhere; output folders that
 * cannot be written; page lists too large to expand; a folder given to `audit`.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { bin, GOOD, run, tmp, writePaddedCopy } from '../batch/cli-helpers.js';

const NOT_RENJA = path.resolve('fixtures/bad/not-renja.pdf');
const ESC_NAME = 'a\u001b]0;pwned\u0007b.pdf';

/** Every file below `dir` (relative path -> bytes as latin1 text), links not followed. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = statSync(path.join(dir, r), { throwIfNoEntry: false });
      if (st?.isDirectory()) visit(r);
      else if (st) out.set(r, readFileSync(path.join(dir, r), 'latin1'));
    }
  };
  visit('');
  return out;
}

/** Runs the CLI with a time limit: a hang is a failed test, not a stuck suite. */
function runLimited(args: string[], ms = 60_000): Promise<{ code: number | string; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: ms, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      const e = err as { code?: number; killed?: boolean } | null;
      resolve({ code: e?.killed ? 'killed' : e ? (e.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('renja batch with hostile file names', () => {
  const parent = tmp('hostile');
  const input = path.join(parent, 'in');
  const out = path.join(parent, 'out');
  // What lies beside --out must never be touched: same names as the outputs, and a temp-pattern file.
  const sentinels = {
    'report.html': 'mine',
    'summary.csv': 'mine',
    '.done.json': 'mine',
    '.report.html.1.0123456789ab.tmp': 'mine',
  };
  let first: Awaited<ReturnType<typeof run>>;
  let firstCsvs: Map<string, string>;
  let second: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    mkdirSync(input, { recursive: true });
    for (const [n, body] of Object.entries(sentinels)) writeFileSync(path.join(parent, n), body);
    writePaddedCopy(path.join(input, '...pdf'), 1);
    writePaddedCopy(path.join(input, '..pdf'), 2);
    writePaddedCopy(path.join(input, '=1+2.pdf'), 3);
    writePaddedCopy(path.join(input, 'Renja.pdf'), 4);
    writePaddedCopy(path.join(input, 'renja.pdf'), 5);
    copyFileSync(NOT_RENJA, path.join(input, ESC_NAME));
    symlinkSync(path.join(parent, 'nowhere.pdf'), path.join(input, 'dangling.pdf'));
    first = await run(['batch', input, '--out', out, '--workers', '2']);
    firstCsvs = snapshot(out);
    second = await run(['batch', input, '--out', out, '--workers', '2', '--resume']);
  }, 180_000);

  it('writes nothing and deletes nothing outside --out', () => {
    expect(readdirSync(parent).sort()).toEqual([...Object.keys(sentinels), 'in', 'out'].sort());
    for (const [n, body] of Object.entries(sentinels)) expect(readFileSync(path.join(parent, n), 'utf8')).toBe(body);
  });

  it('gives every document its own safe folder, names differing in case apart', () => {
    const dirs = readdirSync(out).filter((n) => statSync(path.join(out, n)).isDirectory());
    expect(dirs.sort()).toEqual(['=1+2', 'Renja', 'a_]0;pwned_b', 'document', 'document-2', 'renja-2'].sort());
    for (const d of ['document', 'document-2', 'Renja', 'renja-2', '=1+2'])
      expect(existsSync(path.join(out, d, 'report.html'))).toBe(true);
  });

  it('lists every input in summary.csv: file names neutralised and escaped, the dangling link as unreadable', () => {
    const summary = readFileSync(path.join(out, 'summary.csv'), 'utf8');
    const rows = summary.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(7);
    expect(summary).toContain(`'=1+2,'=1+2.pdf,ok,`);
    expect(summary).toContain('document,...pdf,ok,');
    expect(summary).toContain('document-2,..pdf,ok,');
    expect(summary).toContain('a_]0;pwned_b,a\\x1b]0;pwned\\x07b.pdf,failed,');
    expect(rows.find((r) => r.startsWith('dangling,'))).toMatch(/^dangling,dangling\.pdf,failed,.*unreadable: /);
    expect(first.code).toBe(1);
  });

  it('never writes a raw control character into an output, nor to the terminal', () => {
    for (const [name, body] of firstCsvs)
      // eslint-disable-next-line no-control-regex
      expect([name, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(body)]).toEqual([name, false]);
    for (const text of [first.stdout, first.stderr, second.stdout, second.stderr]) expect(text).not.toContain('\u001b');
    expect(first.stderr).toContain('a\\x1b]0;pwned\\x07b.pdf');
  });

  it('names the input in report.json relative to the input root, never by its absolute path', () => {
    const report = JSON.parse(readFileSync(path.join(out, '=1+2', 'report.json'), 'utf8')) as {
      document: { info: { path: string } };
    };
    expect(report.document.info.path).toBe('=1+2.pdf');
    for (const [name, body] of firstCsvs)
      if (name.endsWith('/report.json')) expect([name, body.includes(parent)]).toEqual([name, false]);
  });

  it('resumes to the very same outputs: the batch files do not grow', () => {
    const again = snapshot(out);
    for (const f of ['summary.csv', 'records.csv', 'discrepancies.csv']) expect(again.get(f)).toBe(firstCsvs.get(f));
    // 5 ok and the failed one are resumed from their markers; the unreadable link is checked again
    expect(second.stdout).toContain('7 PDFs: 5 ok, 2 failed, 0 duplicates (6 resumed)');
  });
});

describe('broken output places and arguments', () => {
  const oneLine = (s: string) => s.trimEnd().split('\n');

  const onLinux = process.platform === 'linux' && existsSync('/proc/self');
  (onLinux ? it : it.skip)('--out /proc/x is one line and exit 73, not a spin (audit and batch)', async () => {
    for (const cmd of ['audit', 'batch']) {
      const r = await runLimited([cmd, NOT_RENJA, '--out', '/proc/renja-x']);
      expect(r.code).toBe(73);
      expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/^renja: cannot write to \/proc\/renja-x: /)]);
    }
  });

  it('--out naming a file is one line and exit 73', async () => {
    const file = path.join(tmp('outfile'), 'f');
    writeFileSync(file, 'x');
    for (const args of [
      ['audit', NOT_RENJA, '--out', file],
      ['batch', NOT_RENJA, '--out', file],
      ['extract', GOOD, '--out', file],
    ]) {
      const r = await runLimited(args);
      expect(r.code).toBe(73);
      expect(oneLine(r.stderr)).toEqual([`renja: cannot write to ${file}: it is a file, not a folder`]);
    }
  });

  it('a folder given to audit is a usage error that points at renja batch', async () => {
    const dir = tmp('audit-folder');
    const r = await runLimited(['audit', dir, '--out', tmp('audit-folder-out')]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      `renja: ${dir} is a folder, not a PDF: to audit every PDF in it, run renja batch ${dir} --out DIR`,
    ]);
  });

  it('--pages 1-200000000 is a usage error in one line, before anything is expanded', async () => {
    const r = await runLimited(['tables', NOT_RENJA, '--pages', '1-200000000']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([expect.stringContaining("'1-200000000': page numbers go up to 100000")]);
  });

  it('--no-csv-escape keeps cells raw, and is refused with --queue', async () => {
    const r = await runLimited([
      'batch',
      NOT_RENJA,
      '--out',
      tmp('q'),
      '--queue',
      'redis://127.0.0.1:1',
      '--no-csv-escape',
    ]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      'renja: --no-csv-escape cannot be used with --queue (workers always write escaped CSVs)',
    ]);
    const dir = tmp('raw-in');
    copyFileSync(NOT_RENJA, path.join(dir, '=1+2.pdf'));
    const outDir = tmp('raw-out');
    await runLimited(['audit', path.join(dir, '=1+2.pdf'), '--out', outDir, '--no-csv-escape']);
    expect(readFileSync(path.join(outDir, 'summary.csv'), 'utf8')).toContain('\n=1+2,=1+2.pdf,failed,');
  });
});
