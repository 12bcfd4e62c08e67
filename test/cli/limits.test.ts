/**
 * Every command reads its documents in a worker thread with a time limit (`--timeout`): a document that hangs
 * fails alone as `timeout` in one line, the others go on, and `renja audit` writes summary.csv for all of them.
 * Passwords come from --password-file or RENJA_PDF_PASSWORD as well as --password; a file with only an owner
 * password opens whatever password is given.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nestedSaves, pdfWithContent, smallTable } from '../helpers/hostile-pdf.js';

const bin = path.resolve('bin/renja.js');

function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, RENJA_PDF_PASSWORD: '', ...env } },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'renja-limits-'));

/** A PDF that pdf.js parses in quadratic time (`depth` nested `q`; 40,000 take ~16 s, 80,000 about a minute). */
async function slowPdf(dir: string, depth = 40_000): Promise<string> {
  const file = path.join(dir, 'slow.pdf');
  writeFileSync(file, await pdfWithContent([nestedSaves(depth), smallTable(3, 3)]));
  return file;
}

describe('time limit on every command', () => {
  it('audit: a document over --timeout fails alone as timeout; the others are audited and summary.csv has all', async () => {
    const dir = tmp();
    const slow = await slowPdf(dir, 80_000);
    const out = path.join(dir, 'out');
    // 10 s: ample for the good document even on a loaded machine, far short of the slow one
    const r = await run([
      'audit',
      slow,
      'fixtures/audit/clean.pdf',
      'fixtures/bad/truncated.pdf',
      '--out',
      out,
      '--timeout',
      '10',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'renja: slow.pdf: did not finish within 10 s (worker stopped)',
      expect.stringMatching(/^renja: truncated\.pdf: not a readable PDF/),
    ]);
    const summary = readFileSync(path.join(out, 'summary.csv'), 'utf8').trim().split('\n');
    expect(summary).toHaveLength(4);
    expect(summary[1]).toMatch(
      /^slow,slow\.pdf,failed,,*timeout: slow\.pdf: did not finish within 10 s \(worker stopped\)$/,
    );
    expect(summary[2]).toMatch(/^clean,clean\.pdf,ok,/);
    expect(summary[3]).toMatch(/^truncated,truncated\.pdf,failed,.*corrupt: /);
  });

  it('tables and extract: the same limit, told in one line with exit 1', async () => {
    const slow = await slowPdf(tmp());
    for (const cmd of ['tables', 'extract']) {
      const r = await run([cmd, slow, '--timeout', '1']);
      expect({ cmd, code: r.code, stderr: r.stderr }).toEqual({
        cmd,
        code: 1,
        stderr: 'renja: slow.pdf: did not finish within 1 s (worker stopped)\n',
      });
    }
  });
});

describe('passwords', () => {
  const locked = 'fixtures/bad/encrypted-needs-password.pdf';
  const password = (
    JSON.parse(readFileSync('fixtures/bad/encrypted-needs-password.expected.json', 'utf8')) as { password: string }
  ).password;

  it('reads the password from --password-file or RENJA_PDF_PASSWORD', async () => {
    const file = path.join(tmp(), 'pw');
    writeFileSync(file, `${password}\n`);
    for (const [args, env] of [
      [['--password-file', file], {}],
      [[], { RENJA_PDF_PASSWORD: password }],
      [['--password', password], {}],
    ] as const) {
      const r = await run(['tables', locked, ...args], env);
      expect({ args, env, code: r.code, stderr: r.stderr }).toEqual({ args, env, code: 0, stderr: '' });
      expect(r.stdout).toContain('7.01.01.2.01');
    }
    const none = await run(['tables', locked]);
    expect(none.stderr).toMatch(/needs a password/);
  });

  it('an unreadable password file is a usage error (exit 2); --password and --password-file conflict', async () => {
    const r = await run(['tables', locked, '--password-file', '/nonexistent/pw']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('renja: cannot read password file /nonexistent/pw (ENOENT)\n');
    const both = await run(['tables', locked, '--password-file', '/nonexistent/pw', '--password', 'x']);
    expect(both.code).toBe(2);
  });

  it('a file with only an owner password opens whatever password is given; a wrong one fails the locked file only', async () => {
    const r = await run(['tables', 'fixtures/bad/encrypted-owner-only.pdf', '--password', 'salah']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const wrong = await run(['tables', locked, '--password', 'salah']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/the password given is wrong/);
  });
});
