/** The `renja` command as a user runs it: exit codes, one-line errors on stderr, data on stdout. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('bin/renja.js');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('renja CLI', () => {
  it('prints tables as CSV separated by a blank line', async () => {
    const r = await run(['tables', 'fixtures/engine/two-tables-one-page.pdf']);
    expect(r.code).toBe(0);
    const blocks = r.stdout.trim().split(/\n\n/);
    expect(blocks).toHaveLength(2);
    expect(r.stderr).toBe('');
  });

  it('prints JSON with cells, spans, pages and boxes', async () => {
    const r = await run(['tables', 'fixtures/engine/merged-header-cells.pdf', '--format', 'json']);
    const j = JSON.parse(r.stdout) as {
      tables: { cells: { row: number; page: number; colSpan: number; bbox: number[] }[] }[];
    };
    const cell = j.tables[0].cells.find((c) => c.colSpan === 5);
    expect(cell).toMatchObject({ row: 0, page: 1 });
    expect(cell?.bbox).toHaveLength(4);
  });

  it('fails one document with a one-line message and exit 1', async () => {
    const r = await run(['tables', 'fixtures/bad/encrypted-needs-password.pdf']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/encrypted-needs-password\.pdf: .*password/);
  });

  it('rejects bad usage with exit 2', async () => {
    const r = await run(['tables', 'x.pdf', '--pages', 'a-b']);
    expect(r.code).toBe(2);
  });

  it('audits good and bad files together: outputs for the good one, summary for both, exit 1', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'renja-cli-'));
    const r = await run([
      'audit',
      'fixtures/renja/renja-old-era-jabar.pdf',
      'fixtures/bad/truncated.pdf',
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('truncated.pdf');
    for (const f of ['discrepancies.csv', 'records.csv', 'report.json', 'report.html'])
      expect(existsSync(path.join(out, 'renja-old-era-jabar', f))).toBe(true);
    const summary = readFileSync(path.join(out, 'summary.csv'), 'utf8').trim().split('\n');
    expect(summary[0]).toBe('doc,file,status,pages,tables_found,records,errors,warnings,infos,message');
    expect(summary[1]).toMatch(/^renja-old-era-jabar,renja-old-era-jabar\.pdf,ok,13,/);
    expect(summary[2]).toMatch(/^truncated,truncated\.pdf,failed,/);
  });
  it('kode: looks a code up (as printed) and a name; an unknown code exits 1 with its nearest parent', async () => {
    const r = await run(['kode', '7.01.01.2.05.06', '--nomenklatur', '2023']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('7.01.01.2.05.0006  sub kegiatan: Pemulangan Pegawai yang Pensiun');
    expect(r.stdout).toContain('induk: kegiatan 7.01.01.2.05');
    const n = await run([
      'kode',
      'Rekomendasi',
      'Pengangkatan',
      'Perangkat',
      'Desa',
      '--jenis',
      'kabkota',
      '--limit',
      '1',
    ]);
    expect(n.code).toBe(0);
    expect(n.stdout).toContain('7.01.06.2.01.0008');
    const u = await run(['kode', '7.01.06.2.06', '--nomenklatur', '2023']);
    expect(u.code).toBe(1);
    expect(u.stdout).toContain('induk terdekat program 7.01.06');
  });

  it('--nomenklatur takes only a version the data holds (exit 2 otherwise)', async () => {
    const r = await run(['kode', '7.01.01', '--nomenklatur', '2019']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('available: 2023 (2024-2026), sipd-2027 (2027)');
    const out = mkdtempSync(path.join(os.tmpdir(), 'renja-cli-'));
    const a = await run(['audit', 'fixtures/nomenklatur/dinas-pppa-2025.pdf', '--out', out, '--nomenklatur', 'x']);
    expect(a.code).toBe(2);
  });
  it('batch checks codes, against the version --nomenklatur names (plan year 2025 alone would take 2023)', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'renja-cli-'));
    const o = await run([
      'batch',
      'fixtures/nomenklatur',
      '--out',
      out,
      '--workers',
      '1',
      '--nomenklatur',
      'sipd-2027',
    ]);
    expect(o.code).toBe(0);
    expect(readFileSync(path.join(out, 'discrepancies.csv'), 'utf8')).toContain(
      'kegiatan 2.08.01.2.20 tidak ada dalam nomenklatur sipd-2027, kabupaten/kota',
    );
  });
});
