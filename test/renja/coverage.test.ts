import { extractRenja } from '../../src/renja/extract.js';
import { pageCoverage } from '../../src/renja/coverage.js';
import { makeTable } from '../helpers/tables.js';

describe('pageCoverage', () => {
  it('counts Renja table pages and pages of other tables that print amounts; read = pages that gave records', () => {
    const tc33 = makeTable(
      [
        ['Program/Kegiatan', 'Indikator Kinerja', 'Rencana Tahun 2024', '<', 'Prakiraan Maju Tahun 2025', '<'],
        ['^', '^', 'Target', 'Pagu Indikatif (Rp)', 'Target', 'Pagu Indikatif'],
        ['Penyediaan Alat Tulis', 'Tersedianya ATK', '12 Bulan', '32.051.950', '12 Bulan', '33.000.000'],
        ['Penyediaan Jasa Kebersihan', 'Terpeliharanya kantor', '12 Bulan', '64.000.000', '12 Bulan', '65.000.000'],
      ],
      { headerRows: 2, page: 5, id: 't1', captionLines: ['Tabel 3.1 Rumusan Rencana Program dan Kegiatan'] },
    );
    // a table of money the reader does not recognise (page 7), and one of counts only (page 8)
    const money = makeTable(
      [
        ['Uraian', 'Murni', 'Perubahan'],
        ['Belanja Pegawai', '1.250.000.000', '1.300.000.000'],
        ['Belanja Barang', '2.500.000.000', '2.400.000.000'],
        ['Belanja Modal', '750.000.000', '800.000.000'],
      ],
      { headerRows: 1, page: 7, id: 't2', captionLines: ['Tabel 2.9 Anggaran'] },
    );
    const counts = makeTable(
      [
        ['Golongan', 'Jumlah'],
        ['IV', '3'],
        ['III', '9'],
      ],
      { headerRows: 1, page: 8, id: 't3', captionLines: ['Tabel 2.4 Pegawai'] },
    );
    const x = extractRenja('d', 'd.pdf', [tc33, money, counts], new Map());
    expect(x.layouts.map((l) => l.kind)).toEqual(['TC33', 'OTHER', 'OTHER']);
    expect(pageCoverage(x)).toEqual({ withTables: [5, 7], read: [5] });
  });
});
