import { extractRenja } from '../../src/renja/extract.js';
import { reconcile } from '../../src/reconcile/index.js';
import { isAmountText, scanPageErrors } from '../../src/renja/scan.js';
import { makeTable } from '../helpers/tables.js';

const HEADER = [
  ['Kode', 'Program/Kegiatan', 'Indikator', 'Lokasi', 'Target', 'Pagu Indikatif (Rp)', 'Prakiraan Maju', '<'],
  ['^', '^', '^', '^', '^', '^', 'Target', 'Pagu Indikatif (Rp)'],
];

function tc33(rows: string[][]) {
  return makeTable([...HEADER, ...rows], {
    headerRows: 2,
    page: 41,
    captionLines: ['Tabel 3.1 T-C.33 Rumusan Rencana Program dan Kegiatan Tahun 2024 dan Prakiraan Maju Tahun 2025'],
  });
}

describe('table scan', () => {
  it('isAmountText: budget amounts, not counts', () => {
    expect(isAmountText('1.250.000')).toBe(true);
    expect(isAmountText('Rp 4,355,125,000')).toBe(true);
    expect(isAmountText('2.830.445.095,00')).toBe(true);
    expect(isAmountText('5.017')).toBe(false); // a count of documents
    expect(isAmountText('2024')).toBe(false);
  });

  it('empty-column: a prakiraan maju column no row fills, while the pagu is filled', () => {
    const rows = [
      ['7.01.01', 'Program Penunjang', 'Persentase', 'Kec', '100 %', '30.000.000', '', ''],
      ['7.01.01.2.01', 'Perencanaan', 'Jumlah dokumen', 'Kec', '2 dok', '10.000.000', '2 dok', ''],
      ['7.01.01.2.02', 'Keuangan', 'Jumlah laporan', 'Kec', '12 lap', '20.000.000', '12 lap', ''],
      ['7.01.01.2.03', 'Umum', 'Jumlah laporan', 'Kec', '12 lap', '0', '12 lap', ''],
    ];
    const x = extractRenja('d', 'd.pdf', [tc33(rows)], new Map());
    expect(x.layouts[0].kind).toBe('TC33');
    const ds = reconcile(x).filter((d) => d.rule === 'empty-column');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', field: 'pagu_maju', a: { table: 'TC33', page: 41 } });

    const filled = rows.map((r, i) => (i === 1 ? [...r.slice(0, 7), '11.000.000'] : r));
    const y = extractRenja('d', 'd.pdf', [tc33(filled)], new Map());
    expect(reconcile(y).filter((d) => d.rule === 'empty-column')).toEqual([]);
  });

  it('unread-table: a table printing amounts that gave no record is named with its pages', () => {
    const other = makeTable(
      [
        ['No', 'Uraian', 'Anggaran 2016', 'Realisasi'],
        ['1', 'Belanja Pegawai', '1.250.000.000', '1.100.000.000'],
        ['2', 'Belanja Barang', '2.500.000.000', '2.300.000.000'],
        ['3', 'Belanja Modal', '750.000.000', '700.000.000'],
      ],
      { headerRows: 1, page: 7, captionLines: ['Tabel 2.2 Realisasi Anggaran'] },
    );
    const x = extractRenja('d', 'd.pdf', [other], new Map());
    expect(x.layouts[0].kind).toBe('OTHER');
    const ds = reconcile(x).filter((d) => d.rule === 'unread-table');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', a: { table: 'OTHER', page: 7 } });
    expect(ds[0].message).toContain('pages 7');
  });

  it('spreadsheet errors printed in any cell, even of an unread table, are invalid-value errors', () => {
    const other = makeTable(
      [
        ['No', 'Uraian', 'Pagu', 'Selisih'],
        ['1', 'Count=185', '127.746.906.300', '#REF!'],
        ['2', 'Total', '1,31453E+11', '134.456.139.400'],
      ],
      { headerRows: 1, page: 119 },
    );
    const ds = reconcile(extractRenja('d', 'd.pdf', [other], new Map())).filter((d) => d.rule === 'invalid-value');
    expect(ds.map((d) => [d.severity, d.a.page, d.a.value])).toEqual([
      ['error', 119, '#REF!'],
      ['error', 119, '1,31453E+11'],
    ]);
  });
});

describe('scanPageErrors: spreadsheet errors printed outside the cells of a Renja table', () => {
  const scan = { amountPages: [], cellErrors: [], emptyColumns: [], pageErrors: [] };
  it('names the lines of the table pages that print #REF! or a scientific number, once each', () => {
    const texts = new Map([
      [119, 'Count=185   127.746.906.300\nSelisih   (11.062.304.380)   #REF!\n  1,31453E+11   134.456.139.400'],
      [120, 'Penutup #REF! on a page the table does not cover'],
    ]);
    expect(scanPageErrors(scan, [119], texts).pageErrors).toEqual([
      { page: 119, text: 'Selisih (11.062.304.380) #REF!' },
      { page: 119, text: '1,31453E+11 134.456.139.400' },
    ]);
  });
  it('leaves out errors already found in a cell of that page', () => {
    const inCell = {
      ...scan,
      cellErrors: [{ page: 5, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 }, text: '#DIV/0!', row: 3, col: 4 }],
    };
    expect(scanPageErrors(inCell, [5], new Map([[5, 'Kegiatan A   #DIV/0!']])).pageErrors).toEqual([]);
  });
});
