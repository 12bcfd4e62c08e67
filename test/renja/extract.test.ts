import { extractRenja } from '../../src/renja/extract.js';
import { makeTable } from '../helpers/tables.js';
import { T41_SEED_HEADER, TC32_SEED } from '../helpers/renja-headers.js';

const PROSE =
  'A. JUMLAH ANGGARAN YANG DIALOKASIKAN\nJumlah anggaran yang dialokasikan untuk mendukung pelaksanaan Program dan Kegiatan ' +
  'Kantor Kecamatan Pasirian Tahun Anggaran 2024 yaitu sebesar Rp. 2.830.445.095,- (Dua Milyar Delapan Ratus Tiga Puluh ' +
  'Juta Empat Ratus Empat Puluh Lima Ribu Sembilan Puluh Lima Rupiah).';

describe('extractRenja', () => {
  const t41 = makeTable(
    [
      ...T41_SEED_HEADER,
      [
        '7.01.02.2.01.02',
        'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan',
        'Kecamatan Pasirian',
        'Jumlah Dokumen',
        '1 dokumen',
        '2.096.250',
      ],
      [
        '7 01 01 2.09 02',
        'Penyediaan Jasa Pemeliharaan',
        'Kecamatan Pasirian',
        'Jumlah Kendaraan',
        'lima unit',
        '#VALUE!',
      ],
      ['TOTAL', '<', '<', '<', '<', '2.830.445.095'],
    ],
    { headerRows: 2, page: 95, id: 'p95-t1', captionLines: ['Tabel 4.1', 'Indikator Kinerja dan Anggaran'] },
  );
  const nihil = makeTable(TC32_SEED, { headerRows: 2, page: 50, id: 'p50-t1', captionLines: ['Tabel 7.6 T.C 32'] });
  const other = makeTable(
    [
      ['No', 'Jenis Dokumen', 'Tahun 2018'],
      ['1', 'KTP', '5.017'],
    ],
    { headerRows: 1, page: 30, id: 'p30-t1' },
  );
  const pageTexts = new Map([
    [96, PROSE],
    [1, 'KATA PENGANTAR'],
  ]);
  const ex = extractRenja('pasirian-2024', 'fixtures/renja/renja-pasirian-2024.pdf', [t41, nihil, other], pageTexts, {
    pageSizes: new Map([[96, { width: 595, height: 842 }]]),
  });

  it('lays out every table, records the Renja ones', () => {
    expect(ex.layouts.map((l) => [l.tableRef, l.kind])).toEqual([
      ['p95-t1', 'T41'],
      ['p50-t1', 'TC32'],
      ['p30-t1', 'OTHER'],
    ]);
    expect(ex.layouts[0]).toMatchObject({
      era: 'pmdn86-2017',
      moneyUnit: 1,
      columns: { code: 0, pagu: 5 },
      pages: [95],
    });
    expect(ex.records.map((r) => [r.tableRef, r.level, r.code])).toEqual([
      ['p95-t1', 'sub_kegiatan', '7.01.02.2.01.0002'],
      ['p95-t1', 'sub_kegiatan', '7.01.01.2.09.0002'],
      ['p95-t1', 'total', null],
    ]);
    expect(ex.pages).toBe(96);
    expect(ex.doc).toBe('pasirian-2024');
  });

  it('counts warnings by kind', () => {
    expect(ex.warningsByKind).toEqual({ 'code-odd-format': 1, 'money-spreadsheet-error': 1 });
  });

  it('finds the terbilang amount of section 4.2 with its figure and page', () => {
    expect(ex.prose).toHaveLength(1);
    const [p] = ex.prose;
    expect(p.page).toBe(96);
    expect(p.bbox).toEqual({ x0: 0, y0: 0, x1: 595, y1: 842 });
    expect(p.wordsValue?.toFixed()).toBe('2830445095');
    expect(p.figureValue?.toFixed()).toBe('2830445095');
    expect(p.figureRaw).toContain('2.830.445.095');
    expect(p.words.startsWith('Dua Milyar')).toBe(true);
  });
});
