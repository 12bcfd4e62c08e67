import { loadNomenklatur } from '../../src/nomenklatur/data.js';
import { closestNames, compareOfficialName, nameKey } from '../../src/nomenklatur/names.js';

describe('official names', () => {
  it('same, minor (case, spacing, punctuation, spelling variant, level word) or different', () => {
    const off = 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah';
    expect(compareOfficialName(off, off)).toBe('same');
    expect(compareOfficialName('Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat daerah', off)).toBe('minor');
    expect(compareOfficialName('Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', off)).toBe(
      'minor',
    );
    expect(
      compareOfficialName(
        'PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM',
        'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
      ),
    ).toBe('minor');
    expect(compareOfficialName('Peraturan Perundang- Undangan', 'Peraturan Perundang-undangan')).toBe('minor');
    expect(compareOfficialName('Fasilitas Kunjungan Tamu', 'Fasilitasi Kunjungan Tamu')).toBe('different');
    expect(
      compareOfficialName('Penyediaan Barang Cetak dan Penggandaan', 'Penyediaan Barang Cetakan dan Penggandaan'),
    ).toBe('different');
    expect(nameKey('Pemeliharaan / Rehabilitasi Gedung')).toBe(nameKey('Pemeliharaan/Rehabilitasi Gedung'));
  });

  it('closest names: exact first, the code’s own program first, a generic row once', () => {
    const kab = loadNomenklatur().list('2023', 'kabkota')!;
    const subs = kab.atLevel('sub_kegiatan');
    const m = closestNames('Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya', subs, { near: '7.01.01' });
    expect(m[0]).toMatchObject({ exact: true, entry: { code: '7.01.01.2.05.0002' } });
    // the same generic row in the other 43 bidang is not offered again
    expect(m.filter((x) => x.entry.code.endsWith('.01.2.05.0002'))).toHaveLength(1);
    expect(closestNames('Rekomendasi Peningkatan dan Pemberhentian Perangkat Desa', subs)[0].entry.code).toBe(
      '7.01.06.2.01.0008',
    );
    expect(closestNames('zzz qqq', subs)).toEqual([]);
  });
});
