import { folioOf, printedPageNumbers } from '../../src/renja/folio.js';

const page = (page: number, ...lines: string[]) => ({ page, lines });

describe('folioOf', () => {
  it('reads a number alone at the top or bottom of the page', () => {
    expect(folioOf(['BAB I', 'PENDAHULUAN', 'text', 'more text', '45'])).toBe('45');
    expect(folioOf(['- 12 -', 'BAB II', 'text', 'more', 'last'])).toBe('12');
    expect(folioOf(['text', 'a', 'b', 'c', 'Halaman 7'])).toBe('7');
    expect(folioOf(['KATA PENGANTAR', 'a', 'b', 'c', 'ii'])).toBe('ii');
  });

  it('leaves a page without a folio blank', () => {
    expect(folioOf(['BAB I', 'PENDAHULUAN', 'Tahun 2024', 'the end'])).toBeNull();
    expect(folioOf([])).toBeNull();
    // a number in the middle of the page is not a folio
    expect(folioOf(['head', 'title', '45', 'body', 'body', 'foot', 'end'])).toBeNull();
    // a year is not a folio, nor a word that looks roman
    expect(folioOf(['head', 'body', 'body', 'body', '2024'])).toBeNull();
    expect(folioOf(['head', 'body', 'body', 'body', 'mix'])).toBeNull();
  });

  it('reads the number that ends a running foot only when the foot repeats', () => {
    const foot = 'Renja Kecamatan Pasirian Tahun 2024 48';
    expect(folioOf(['a', 'b', 'c', 'd', foot])).toBeNull();
    expect(folioOf(['a', 'b', 'c', 'd', foot], (p) => p === 'Renja Kecamatan Pasirian Tahun 2024')).toBe('48');
  });
});

describe('printedPageNumbers', () => {
  it('numbers pages from their own folios, front matter unnumbered (PDF p. 48 printed 45)', () => {
    const pages = [
      page(1, 'RENCANA KERJA', 'PERANGKAT DAERAH', 'cover', 'Kabupaten Lumajang'),
      page(2, 'KATA PENGANTAR', 'x', 'y', 'z', 'i'),
      page(3, 'DAFTAR ISI', 'x', 'y', 'z', 'ii'),
      ...[46, 47, 48, 49].map((p) => page(p, 'Tabel', 'row 1', 'row 2', 'row 3', String(p - 3))),
    ];
    const got = printedPageNumbers(pages);
    expect(got.get(1)).toBeUndefined();
    expect(got.get(2)).toBe('i');
    expect(got.get(48)).toBe('45');
    expect(got.get(46)).toBe('43');
  });

  it('reads a repeated running foot and drops a lone number that does not count along', () => {
    const foot = (n: number) => `Renja Kecamatan Pasirian Tahun 2024 ${n}`;
    const pages = [10, 11, 12, 13].map((p) => page(p, 'a', 'b', 'c', 'd', foot(p)));
    pages.push(page(30, 'Tabel 4.1', 'row', 'row', 'JUMLAH', '3'));
    const got = printedPageNumbers(pages);
    expect([...got]).toEqual([
      [10, '10'],
      [11, '11'],
      [12, '12'],
      [13, '13'],
    ]);
  });
});
