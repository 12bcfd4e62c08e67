/** Output folders: created without spinning, checked writable up front, one-line errors. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandOnPath } from '../helpers/needs.js';
import { isInside, makeDirs, OutDirError, prepareOutDir } from '../../src/report/out-dir.js';
import { writeFileAtomic } from '../../src/report/atomic-write.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'renja-outdir-'));

describe('makeDirs / prepareOutDir', () => {
  it('creates nested folders and leaves no probe file behind', async () => {
    const root = tmp();
    await prepareOutDir(path.join(root, 'a', 'b'));
    expect(readdirSync(path.join(root, 'a', 'b'))).toEqual([]);
  });

  it('fails with one line when a part of the path is a file', async () => {
    const root = tmp();
    writeFileSync(path.join(root, 'f'), 'x');
    await expect(prepareOutDir(path.join(root, 'f'))).rejects.toThrow(/is a file, not a folder/);
    await expect(makeDirs(path.join(root, 'f', 'sub'))).rejects.toThrow(OutDirError);
  });

  // Node's own recursive mkdir never returns here; ours must fail at once.
  const onLinux = process.platform === 'linux' && existsSync('/proc/self');
  (onLinux ? it : it.skip)('fails on /proc/x instead of spinning (Linux)', async () => {
    const err = await prepareOutDir('/proc/renja-x/y').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutDirError);
    expect(String((err as Error).message)).toMatch(/^cannot write to \/proc\/renja-x\/y: /);
    expect((err as Error).message).not.toContain('\n');
  });

  // Root writes anywhere: as root the check runs in a child process that has dropped to user `nobody` (setpriv).
  const root = process.getuid?.() === 0;
  const setpriv = root ? commandOnPath('setpriv') : null;
  (root && !setpriv ? it.skip : it)('fails on a read-only folder with one line (permission denied)', async () => {
    const ro = tmp();
    chmodSync(ro, 0o755);
    const locked = path.join(ro, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    if (!root) {
      await expect(prepareOutDir(locked)).rejects.toThrow(/permission denied/);
      return;
    }
    const mod = pathToFileURL(path.resolve('dist/report/out-dir.js')).href;
    const script = `import(${JSON.stringify(mod)}).then((m) => m.prepareOutDir(${JSON.stringify(locked)})).then(
      () => process.exit(0), (e) => { process.stderr.write(e.constructor.name + ': ' + e.message); process.exit(3); })`;
    const r = spawnSync(
      setpriv!,
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', script],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^OutDirError: cannot write to .*locked.*permission denied/);
    expect(r.stderr).not.toContain('\n');
  });
  if (root && !setpriv)
    console.warn('SKIPPED 1 out-dir test: running as root without setpriv, a read-only folder cannot be made');

  it('makes writeFileAtomic failures one OutDirError naming the file', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'report.html'));
    await expect(writeFileAtomic(path.join(dir, 'report.html'), 'x')).rejects.toThrow(OutDirError);
  });
});

describe('isInside', () => {
  it('is strict', () => {
    expect(isInside('/out', '/out/a')).toBe(true);
    expect(isInside('/out', '/out')).toBe(false);
    expect(isInside('/out', '/out/..')).toBe(false);
    expect(isInside('/out', '/outside')).toBe(false);
    expect(isInside('/out', '/out/a/../../etc')).toBe(false);
  });
});
