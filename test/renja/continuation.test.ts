import { extractRenja } from '../../src/renja/extract.js';
import { matchColumns } from '../../src/renja/continuation.js';
import { namesNewTable } from '../../src/tables/stitch.js';
import type { Table } from '../../src/tables/model.js';
import { makeTable } from '../helpers/tables.js';

const HEADER = [
  ['Program/Kegiatan', 'Indikator Kinerja', 'Lokasi', 'Rencana Tahun 2020', '<', '<', 'Prakiraan Maju Tahun 2021', '<'],
  ['^', '^', '^', 'Target', 'Pagu Indikatif (Rp)', 'Sumber Dana', 'Target', 'Pagu Indikatif'],
];
const row = (name: string, pagu: string): string[] => [
  name,
  `Terlaksananya ${name.toLowerCase()}`,
  'Kota Bogor',
  '12 Bulan',
  pagu,
  'APBD',
  '12 Bulan',
  pagu,
];

/** Moves every column boundary of a table: Excel sheets printed page by page change their column widths. */
function reflow(t: Table, xs: number[]): Table {
  return {
    ...t,
    cells: t.cells.map((c) => ({ ...c, bbox: { ...c.bbox, x0: xs[c.col], x1: xs[c.col + c.colSpan] } })),
  };
}

function kinds(tables: Table[]) {
  const x = extractRenja('d', 'd.pdf', tables, new Map());
  return {
    kinds: x.layouts.map((l) => l.kind),
    recordPages: x.layouts.map((l) => l.recordPages),
    records: x.records,
    reasons: x.layouts.map((l) => l.reasons),
  };
}

describe('a page without a header continues the Renja table of the previous page', () => {
  const first = makeTable(
    [
      ...HEADER,
      row('Pengelolaan Rumah Tangga', 'Rp\n2.676.141.000'),
      row('Penyediaan Alat Tulis', 'Rp 32.051.950'),
      row('Penyediaan Jasa Kebersihan', 'Rp 64.000.000'),
    ],
    { headerRows: 2, page: 5, id: 't1', captionLines: ['RENCANA KERJA PERANGKAT DAERAH TAHUN 2020'] },
  );
  const rest = [
    row('Peningkatan Produk Dalam Negeri', 'Rp\n186.445.000'),
    row('Pemantauan Harga Bahan Pokok', 'Rp 150.000.000'),
    row('Promosi Produk Unggulan', 'Rp 350.000.000'),
  ];

  it('same number of columns, other widths: read with the previous kind and column map; `Rp⏎amount` is the amount', () => {
    const next = reflow(
      makeTable(rest, { headerRows: 0, page: 6, id: 't2', captionLines: ['Rencana Kerja Tahun 2020'] }),
      [30, 100, 200, 260, 300, 400, 440, 500, 560],
    );
    const r = kinds([first, next]);
    expect(r.kinds).toEqual(['TC33', 'TC33']);
    expect(r.recordPages[1]).toEqual([6]);
    expect(r.reasons[1][0]).toMatch(/^continues t1 \(p\. 5\) without a header of its own/);
    const pagu = r.records.filter((x) => x.page === 6).map((x) => x.pagu?.value?.toString());
    expect(pagu).toEqual(['186445000', '150000000', '350000000']);
    expect(r.records.find((x) => x.page === 5)?.pagu?.value?.toString()).toBe('2676141000');
  });

  it('a column split in two on the next page (a sliver column): the columns are matched by their extent', () => {
    // 9 columns: the pagu column (x 270..330 in makeTable's grid) cut at 272
    const split = rest.map((r) => [...r.slice(0, 4), '', ...r.slice(4)]);
    const next = reflow(
      makeTable(split, { headerRows: 0, page: 6, id: 't2' }),
      [30, 90, 150, 210, 270, 272, 330, 390, 450, 510],
    );
    const r = kinds([first, next]);
    expect(r.kinds).toEqual(['TC33', 'TC33']);
    expect(r.records.filter((x) => x.page === 6).map((x) => x.pagu?.value?.toString())).toEqual([
      '186445000',
      '150000000',
      '350000000',
    ]);
  });

  it('stays OTHER when the data differ, a caption names a new table, or a page lies between', () => {
    const counts = makeTable(
      [
        ['KTP', '5.017', '2.921', '4.433', '5.744', '1', '2', '3'],
        ['KK', '1.017', '921', '433', '744', '1', '2', '3'],
        ['Akta', '17', '21', '33', '44', '1', '2', '3'],
      ],
      { headerRows: 0, page: 6, id: 't2' },
    );
    expect(kinds([first, counts]).kinds).toEqual(['TC33', 'OTHER']);
    const captioned = makeTable(rest, { headerRows: 0, page: 6, id: 't2', captionLines: ['Tabel 3.2', 'Lain-lain'] });
    expect(kinds([first, captioned]).kinds).toEqual(['TC33', 'OTHER']);
    const later = makeTable(rest, { headerRows: 0, page: 7, id: 't2' });
    expect(kinds([first, later]).kinds).toEqual(['TC33', 'OTHER']);
  });
});

describe('continuations that do not open the next page', () => {
  const first = makeTable(
    [
      ...HEADER,
      row('Pengelolaan Rumah Tangga', 'Rp 2.676.141.000'),
      row('Penyediaan Alat Tulis', 'Rp 32.051.950'),
      row('Penyediaan Jasa Kebersihan', 'Rp 64.000.000'),
    ],
    {
      headerRows: 2,
      page: 5,
      id: 't1',
      captionLines: ['RENCANA KERJA PERANGKAT DAERAH TAHUN 2020'],
    },
  );
  const rest = [
    row('Peningkatan Produk Dalam Negeri', 'Rp 186.445.000'),
    row('Pemantauan Harga Bahan Pokok', 'Rp 150.000.000'),
    row('Promosi Produk', 'Rp 350.000.000'),
  ];
  const withTexts = (tables: Table[], texts: [number, string][]) => {
    const x = extractRenja('d', 'd.pdf', tables, new Map(texts));
    return { kinds: x.layouts.map((l) => l.kind), records: x.records };
  };

  it('goes on past pages that only hold the overflow of one cell (a long lokasi list), not past prose', () => {
    const later = makeTable(rest, { headerRows: 0, page: 8, id: 't2' });
    const overflow =
      'Desa/Kel.\nSukatani\nKec. Cilamaya\nWetan Kab.\nKarawang;\nRencana Kerja Disperindag Tahun 2016 III-22';
    const r = withTexts(
      [first, later],
      [
        [6, overflow],
        [7, overflow],
      ],
    );
    expect(r.kinds).toEqual(['TC33', 'TC33']);
    expect(r.records.filter((x) => x.page === 8).map((x) => x.pagu?.value?.toString())).toEqual([
      '186445000',
      '150000000',
      '350000000',
    ]);
    const prose =
      'Berdasarkan hasil evaluasi pelaksanaan Renja tahun lalu, beberapa program perlu mendapat perhatian\n' +
      'khusus dalam penyusunan rencana kerja tahun berikutnya agar target kinerja dapat tercapai';
    expect(
      withTexts(
        [first, later],
        [
          [6, prose],
          [7, overflow],
        ],
      ).kinds,
    ).toEqual(['TC33', 'OTHER']);
    expect(
      withTexts(
        [first, later],
        [
          [6, 'Tabel 3.2\nUsulan'],
          [7, overflow],
        ],
      ).kinds,
    ).toEqual(['TC33', 'OTHER']);
  });

  it('goes on with a ruled block lower on the same page, set apart by a gap', () => {
    const below = makeTable(rest, { headerRows: 0, page: 5, id: 't2' });
    const r = withTexts([first, below], []);
    expect(r.kinds).toEqual(['TC33', 'TC33']);
    expect(r.records.map((x) => x.pagu?.value?.toString())).toEqual([
      '2676141000',
      '32051950',
      '64000000',
      '186445000',
      '150000000',
      '350000000',
    ]);
  });

  it("skips the previous table's header printed again when that header alone names no kind", () => {
    // classified by its caption only; its repeated header on the next page scores nothing on its own
    const plainHeader = [
      ['Program/Kegiatan', 'Indikator Kinerja', 'Lokasi', 'Target', 'Pagu Indikatif', 'Sumber Dana'],
    ];
    const r6 = (name: string, pagu: string) => row(name, pagu).slice(0, 6);
    const captioned = makeTable(
      [
        ...plainHeader,
        r6('Pengelolaan Rumah Tangga', '2.676.141.000'),
        r6('Penyediaan Alat Tulis', '32.051.950'),
        r6('Penyediaan Jasa', '64.000.000'),
      ],
      {
        headerRows: 1,
        page: 5,
        id: 't1',
        captionLines: ['Tabel 3.1 Rumusan Rencana Program dan Kegiatan Tahun 2020'],
      },
    );
    const repeated = makeTable(
      [
        ...plainHeader,
        r6('Promosi Produk', '350.000.000'),
        r6('Pameran Dagang', '75.000.000'),
        r6('Temu Usaha', '25.000.000'),
      ],
      {
        headerRows: 1,
        page: 6,
        id: 't2',
      },
    );
    const r = withTexts([captioned, repeated], []);
    expect(r.kinds).toEqual(['TC33', 'TC33']);
    expect(r.records.filter((x) => x.page === 6).map((x) => [x.name, x.pagu?.value?.toString()])).toEqual([
      ['Promosi Produk', '350000000'],
      ['Pameran Dagang', '75000000'],
      ['Temu Usaha', '25000000'],
    ]);
    // a header naming a field the first table lacks is a table of its own
    const other = makeTable(
      [
        ['Program/Kegiatan', 'Indikator Kinerja', 'Lokasi', 'Target', 'Realisasi', 'Sumber Dana'],
        r6('X', '1.000.000'),
        r6('Y', '2.000.000'),
        r6('Z', '3.000.000'),
      ],
      { headerRows: 1, page: 6, id: 't2' },
    );
    expect(withTexts([captioned, other], []).kinds[1]).not.toBe('TC33');
  });
});

describe('matchColumns', () => {
  it('same count: column by column; otherwise by extent, a sliver column matching nothing', () => {
    expect(matchColumns([0, 10, 20], [0, 15, 20])).toEqual([0, 1]);
    expect(matchColumns([0, 100, 200, 300], [0, 100, 102, 200, 300])).toEqual([0, 2, 3]);
    // a column merged on the next page: the first of the two keeps it
    expect(matchColumns([0, 100, 150, 200, 300], [0, 100, 200, 300])).toEqual([0, 1, undefined, 2]);
  });
});

describe('namesNewTable: captions that start a new table', () => {
  it.each([
    [['Tabel 2.3', 'Review'], true],
    [['Lampiran 1.'], true],
    [['Tabel: 2.17. Kajian Usulan'], true],
    [['T-C.31'], true],
    [['Lampiran'], false],
    [['Rencana Kerja Tahun 2020'], false],
    [['Tabel 2.3 (lanjutan)'], false],
  ])('%j -> %s', (lines, expected) => {
    expect(namesNewTable(lines)).toBe(expected);
  });
});
