import { buildContext } from '../../src/reconcile/context.js';
import { matchTables, SIMILAR_NAME, SIMILAR_NAME_SAME_PAGU } from '../../src/reconcile/match.js';
import { bareName, nameSimilarity } from '../../src/reconcile/util.js';
import { extraction, TableBuilder } from '../helpers/records.js';

type Row = [name: string, pagu: string, code?: string];

function match(a: Row[], b: Row[]) {
  const ta = new TableBuilder('TC31.hasil');
  a.forEach(([name, pagu, code]) => ta.row('kegiatan', code ?? null, { name, pagu }));
  const tb = new TableBuilder('TC33');
  b.forEach(([name, pagu, code]) => tb.row('kegiatan', code ?? null, { name, pagu }));
  const ctx = buildContext(extraction({ tables: [ta, tb] }));
  const m = matchTables(ctx.tables.get('TC31.hasil')!, ctx.tables.get('TC33')!);
  return {
    pairs: m.pairs.map(([x, y]) => `${x.record.name} = ${y.record.name}`),
    onlyA: m.onlyA.map((n) => n.record.name),
    onlyB: m.onlyB.map((n) => n.record.name),
  };
}

describe('pairing rows whose names differ slightly (DLH 2017 T-C.31 vs Tabel 3.1)', () => {
  it('pairs a typo, a word added and another level word when the amounts agree', () => {
    const m = match(
      [
        ['Kegiatan Pelaksanaan Monitoring dan Evaluasi PPSP Jawa Barat', '122.620.000'],
        ['Kegiatan Pengendalian Pengelolaan B3 dan Limbah', '167.415.000'],
        ['Kegiatan Jasa Konsultan Pengawasan Rehabilitasi Gedung Kantor Balai Laboratorium', '7.835.000'],
      ],
      [
        ['Pelaksanaan Monitorng dan Evaluasi PPSP Jawa Barat', '122.620.000'],
        ['Pengendalian Pengelolaan B3 dan Limbah B3', '167.415.000'],
        ['Belanja Jasa Konsultan Pengawasan Rehabilitasi Gedung Kantor Balai Laboratorium', '7.835.000'],
      ],
    );
    expect(m.onlyA).toEqual([]);
    expect(m.onlyB).toEqual([]);
    expect(m.pairs).toHaveLength(3);
  });

  it('does not pair distinct kegiatan that share most words and differ in amount', () => {
    const m = match(
      [['Jasa Konsultan Pengawasan Rehabilitasi Gedung Kantor Balai Laboratorium', '7.835.000']],
      [['Jasa Konsultan Perencanaan Rehabilitasi Gedung Kantor Balai Laboratorium', '11.085.000']],
    );
    expect(m.pairs).toEqual([]);
    expect(
      nameSimilarity(
        bareName('Jasa Konsultan Pengawasan Rehabilitasi Gedung'),
        bareName('Jasa Konsultan Perencanaan Rehabilitasi Gedung'),
      ),
    ).toBeLessThan(SIMILAR_NAME);
  });

  it('pairs nothing when two candidates are equally alike (a tie is no evidence)', () => {
    const m = match(
      [['Pemeliharaan Rutin Gedung Kantor', '60.000.000']],
      [
        ['Pemeliharaan Rutin Gedung Kantor A', '60.000.000'],
        ['Pemeliharaan Rutin Gedung Kantor B', '60.000.000'],
      ],
    );
    expect(m.pairs).toEqual([]);
    expect(m.onlyB).toHaveLength(2);
  });

  it('never pairs two coded rows by name (different codes are different rows)', () => {
    const m = match(
      [['Penyediaan Jasa Surat Menyurat', '1.000', '1.20.01.01']],
      [['Penyediaan Jasa Surat Menyurat.', '1.000', '1.20.01.02']],
    );
    expect(m.pairs).toEqual([]);
  });

  it('needs a closer name when the amounts differ', () => {
    expect(SIMILAR_NAME).toBeGreaterThan(SIMILAR_NAME_SAME_PAGU);
    const alike = match(
      [['Pengadaan Mobil Dinas Operasional', '276.500.000']],
      [['Pengadaan Mobil Dinas Oprasional', '300.000.000']],
    );
    expect(alike.pairs).toHaveLength(1);
    // Alike enough only with agreeing amounts (Disnakertrans 2015 abbreviates the unit's name).
    const a = 'Penyelenggaraan Administrasi Perkantoran Balai Pelatihan Bekasi';
    const b = 'Penyelenggaraan Administrasi Perkantoran BPK Bekasi';
    const s = nameSimilarity(bareName(a), bareName(b));
    expect(s).toBeGreaterThanOrEqual(SIMILAR_NAME_SAME_PAGU);
    expect(s).toBeLessThan(SIMILAR_NAME);
    expect(match([[a, '459.477.000']], [[b, '500.000.000']]).pairs).toEqual([]);
    expect(match([[a, '459.477.000']], [[b, '459.477.000']]).pairs).toHaveLength(1);
  });
});

describe('nameSimilarity', () => {
  it('is 1 for equal names, 0 for nothing shared, symmetric', () => {
    expect(nameSimilarity('abc', 'abc')).toBe(1);
    expect(nameSimilarity('ab', 'cd')).toBe(0);
    expect(nameSimilarity('penyediaan', 'penyedian')).toBeCloseTo(nameSimilarity('penyedian', 'penyediaan'));
  });
});
