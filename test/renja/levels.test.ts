import { isTotalText, rowLevel, type LevelInput } from '../../src/renja/levels.js';

const base: LevelInput = { code: null, codeLevel: null, printed: '', name: '', aktivitas: '', indikator: '' };

describe('isTotalText: whole-cell total labels only', () => {
  it.each([
    ['JUMLAH', true],
    ['TOTAL', true],
    ['Jumlah Total', true],
    ['Total Pagu', true],
    ['Jumlah......', true], // Renja2016 (Kesbangpol) prints dot leaders
    ['Jumlah Dokumen Perencanaan Perangkat Daerah', false], // an indicator, not a total
    ['Total Quality Management', false],
  ])('%s -> %s', (text, expected) => {
    expect(isTotalText(text)).toBe(expected);
  });
});

describe('rowLevel', () => {
  it('numbering under a roman program number: depth gives kegiatan and sub kegiatan (renja2024 Tabel 1)', () => {
    const level = (printed: string) => rowLevel({ ...base, printed, name: 'Administrasi Umum' }).level;
    expect([level('I'), level('I.4'), level('I.4.1'), level('VIII.2'), level('X.1.4')]).toEqual([
      'program',
      'kegiatan',
      'sub_kegiatan',
      'kegiatan',
      'sub_kegiatan',
    ]);
  });

  it('a code decides, without guessing', () => {
    expect(
      rowLevel({ ...base, code: '7.01.01.2.01', codeLevel: 'kegiatan', printed: '7.01.01.2.01', name: 'Program X' }),
    ).toEqual({
      level: 'kegiatan',
      guessed: false,
      reason: 'code',
    });
  });

  it('aktivitas, indicator and total rows', () => {
    expect(rowLevel({ ...base, aktivitas: 'Penyediaan ATK' }).level).toBe('aktivitas');
    expect(rowLevel({ ...base, indikator: 'Persentase Desa yang menetapkan APBDes' }).level).toBe('indicator');
    expect(rowLevel({ ...base, name: 'Jumlah Total' }).level).toBe('total');
    expect(rowLevel({ ...base, printed: 'JUMLAH' }).level).toBe('total');
  });

  it('old-era rows: name words, roman and arabic numbering, numbering sub-columns, indentation', () => {
    expect(rowLevel({ ...base, name: 'Urusan Wajib' })).toMatchObject({ level: 'urusan', guessed: true });
    expect(rowLevel({ ...base, printed: '1', name: 'Program Perencanaan' })).toMatchObject({
      level: 'program',
      guessed: true,
    });
    expect(rowLevel({ ...base, printed: 'IV', name: 'Peningkatan Sarana Aparatur' }).level).toBe('program');
    expect(rowLevel({ ...base, printed: '12.', name: 'Forum BKPP' }).level).toBe('kegiatan');
    // Disnakertrans `Nomor` split in three: `1` urusan | `29` program | `1` kegiatan
    expect(
      rowLevel({ ...base, printed: '29', name: 'Perencanaan, Pengendalian', numberColumn: { index: 1, count: 3 } })
        .level,
    ).toBe('program');
    expect(
      rowLevel({ ...base, printed: '1', name: 'Pengelolaan Buletin', numberColumn: { index: 2, count: 3 } }).level,
    ).toBe('kegiatan');
    expect(rowLevel({ ...base, name: 'Peningkatan Kapasitas', indent: 12 }).level).toBe('kegiatan');
    expect(rowLevel({ ...base, name: 'Peningkatan Kapasitas', indent: 0 }).level).toBe('program');
    expect(rowLevel({ ...base, name: 'Peningkatan Kapasitas' })).toEqual({
      level: 'unknown',
      guessed: true,
      reason: 'no code, words or numbering',
    });
  });
});
