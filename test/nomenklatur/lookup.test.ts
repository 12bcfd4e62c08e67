import { loadNomenklatur } from '../../src/nomenklatur/data.js';
import { formatLookup, lookup } from '../../src/nomenklatur/lookup.js';

describe('renja kode lookup', () => {
  const nom = loadNomenklatur();

  it('a code, as printed (2-digit sub kegiatan, unpadded parts): entry, parent, indikator, satuan per version', () => {
    const r = lookup(nom, '7.1.1.2.5.2', { jenis: 'kabkota' });
    expect(r.code).toBe('7.01.01.2.05.0002');
    expect(r.hits.map((h) => h.version)).toEqual(['2023', 'sipd-2027']);
    expect(r.hits[0].parent?.code).toBe('7.01.01.2.05');
    const text = formatLookup('7.1.1.2.5.2', r, nom);
    expect(text).toContain('Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya');
    expect(text).toContain('induk: kegiatan 7.01.01.2.05 Administrasi Kepegawaian Perangkat Daerah');
    expect(text).toContain('satuan: Paket');
  });

  it('a code that does not exist: its nearest parent and that parent’s children', () => {
    const r = lookup(nom, '7.01.06.2.06', { version: '2023' });
    expect(r.hits).toEqual([]);
    expect(r.near[0].ancestor.code).toBe('7.01.06');
    expect(r.near[0].children.map((c) => c.code)).toEqual(['7.01.06.2.01']);
    expect(formatLookup('7.01.06.2.06', r, nom)).toContain('tidak ada');
  });

  it('a name: the closest entries', () => {
    const r = lookup(nom, 'Rekomendasi Peningkatan dan Pemberhentian Perangkat Desa', { version: '2023' });
    expect(r.code).toBeNull();
    expect(r.hits[0].entry.code).toBe('7.01.06.2.01.0008');
    expect(r.hits[0].score).toBeLessThan(1);
  });
});
