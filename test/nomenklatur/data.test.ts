import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { levelOfCode, loadNomenklatur, nomenklaturFrom } from '../../src/nomenklatur/data.js';

describe('nomenklatur data (data/nomenklatur.json.gz)', () => {
  const nom = loadNomenklatur();

  it('ships its versions with the plan years they cover, the date made and the sources of each list', () => {
    expect(nom.versions.map((v) => [v.id, v.planYears, v.jenis])).toEqual([
      ['2023', [2024, 2025, 2026], ['kabkota']],
      ['sipd-2027', [2027], ['kabkota', 'provinsi']],
    ]);
    for (const v of nom.versions) {
      expect(v.made).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const j of v.jenis) expect(v.sources[j]!.repos.length).toBeGreaterThan(0);
    }
    const raw = JSON.parse(gunzipSync(readFileSync('data/nomenklatur.json.gz')).toString('utf8')) as { by: string };
    expect(raw.by).toBe('scripts/make-nomenklatur.mjs');
  });

  it('is compact: a few hundred KB in git', () => {
    expect(readFileSync('data/nomenklatur.json.gz').length).toBeLessThan(400 * 1024);
  });

  it('puts the generic support program X.XX.01.* in every bidang, and keeps specific rows', () => {
    const kab = nom.list('2023', 'kabkota')!;
    const e = kab.get('7.01.01.2.09.0009')!;
    expect(e).toMatchObject({ level: 'sub_kegiatan', parent: '7.01.01.2.09', generic: true });
    expect(e.name).toBe('Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya');
    expect(kab.get('1.02.01.2.01')?.generic).toBe(true);
    // 4.01.01 is printed in the list with its own name
    expect(kab.get('4.01.01')).toMatchObject({ generic: false, name: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH' });
    expect(kab.get('7.01.06.2.06')).toBeUndefined();
    expect(kab.atLevel('kegiatan').some((x) => x.code.startsWith('X'))).toBe(false);
  });

  it('knows the provinsi list of the SIPD 2027 update only', () => {
    expect(nom.list('2023', 'provinsi')).toBeUndefined();
    expect(nom.list('sipd-2027', 'provinsi')!.get('1.01.01.1.01')?.name).toBe(
      'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
    );
    expect(nom.versionForYear(2025)?.id).toBe('2023');
    expect(nom.versionForYear(2027)?.id).toBe('sipd-2027');
    expect(nom.versionForYear(2023)).toBeUndefined();
  });

  it('levels from code depth; a malformed file is refused', () => {
    expect(['7', '7.01', '7.01.01', '7.01.01.2.01', '7.01.01.2.01.0001'].map(levelOfCode)).toEqual([
      'urusan',
      'bidang',
      'program',
      'kegiatan',
      'sub_kegiatan',
    ]);
    expect(() => nomenklaturFrom({ format: 2 })).toThrow();
  });
});
