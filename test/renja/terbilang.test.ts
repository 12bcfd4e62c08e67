import { Decimal } from 'decimal.js';
import { findTerbilang, parseTerbilang, splitNumberWord, toTerbilang } from '../../src/renja/terbilang.js';

const SEED_WORDS =
  'Dua Milyar Delapan Ratus Tiga Puluh Juta Empat Ratus Empat Puluh Lima Ribu Sembilan Puluh Lima Rupiah';

describe('parseTerbilang', () => {
  const cases: Array<[string, string]> = [
    [SEED_WORDS, '2830445095'], // seed BAB IV 4.2
    ['Dua Miliar Delapan Ratus Tiga Puluh Juta Empat Ratus Empat Puluh Lima Ribu Sembilan Puluh Lima', '2830445095'],
    // Renja2016 (Kesbangpol), glued `tujuhbelas`, line break inside:
    [
      'tujuhbelas milyar lima ratus tiga\npuluh juta lima ratus sembilan ribu tujuh ratus lima puluh rupiah',
      '17530509750',
    ],
    // DISKOMINFO 2016, with the `Terbilang` label and lower-case `dua`:
    [
      'Terbilang Tiga Puluh Enam Milyar Tujuh Ratus Empat Puluh Sembilan Juta Dua\nRatus dua Puluh Tujuh Ribu Tujuh Ratus Rupiah',
      '36749227700',
    ],
    [
      '(Terbilang : Tujuh Puluh Delapan Milyar Dua Ratus Delapan Puluh Empat Juta Lima Ratus Sembilan Puluh Sembilan Ribu Lima Ratus Enam Puluh Lima Rupiah).',
      '78284599565',
    ],
    ['seribu', '1000'],
    ['seratus', '100'],
    ['sebelas', '11'],
    ['sepuluh', '10'],
    ['dua belas', '12'],
    ['sembilan belas', '19'],
    ['seratus sebelas', '111'],
    ['seribu seratus sepuluh', '1110'],
    ['se-ratus ribu', '100000'],
    ['dua-puluh-lima', '25'],
    ['satu juta', '1000000'],
    ['sejuta', '1000000'],
    ['satu triliun dua miliar', '1002000000000'],
    ['Tiga Trilyun', '3000000000000'],
    ['nol', '0'],
    ['NOL RUPIAH', '0'],
    ['  DUA   RATUS   RIBU  ', '200000'],
    ['dua koma lima', '2.5'],
    ['nol koma nol lima', '0.05'],
    ['dua koma dua puluh lima', '2.25'],
    ['minus lima ribu', '-5000'],
    ['33 Milyar', '33000000000'], // Pohon Kinerja: figure with a scale word
    ['8,69 juta', '8690000'], // Disnakertrans 2017 prose
    ['seratus ribu', '100000'],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    const v = parseTerbilang(text);
    expect(v).not.toBeNull();
    expect(v!.equals(new Decimal(expected))).toBe(true);
  });

  it.each([
    'Rupiah',
    'Kecamatan Pasirian',
    'dua tiga',
    'puluh',
    'ribu',
    'dua ribu juta', // scales must decrease
    'se',
    'se-Jawa Barat',
    '2024',
    '',
    'dua koma',
    'salah satu',
    'dua rupiah lima',
  ])('%j -> null', (text) => {
    expect(parseTerbilang(text)).toBeNull();
  });

  it('splitNumberWord prefers whole words and rejects unknown pieces', () => {
    expect(splitNumberWord('tujuhbelas')).toEqual(['tujuh', 'belas']);
    expect(splitNumberWord('sembilanpuluh')).toEqual(['sembilan', 'puluh']);
    expect(splitNumberWord('seratus')).toEqual(['se', 'ratus']);
    expect(splitNumberWord('Sebelas')).toEqual(['sebelas']);
    expect(splitNumberWord('sebesar')).toBeNull();
    expect(splitNumberWord('satuan')).toBeNull();
  });
});

describe('toTerbilang', () => {
  it('matches the seed amount', () => {
    expect(toTerbilang(new Decimal('2830445095'), { miliar: 'Milyar', rupiah: true })).toBe(SEED_WORDS);
    expect(toTerbilang(new Decimal('2830445095'))).toBe(
      'Dua Miliar Delapan Ratus Tiga Puluh Juta Empat Ratus Empat Puluh Lima Ribu Sembilan Puluh Lima',
    );
  });
  it.each([
    ['0', 'nol'],
    ['1', 'satu'],
    ['10', 'sepuluh'],
    ['11', 'sebelas'],
    ['15', 'lima belas'],
    ['100', 'seratus'],
    ['111', 'seratus sebelas'],
    ['1000', 'seribu'],
    ['1001', 'seribu satu'],
    ['2000', 'dua ribu'],
    ['1000000', 'satu juta'],
    ['1000000000', 'satu miliar'],
    ['1000001000', 'satu miliar seribu'],
    ['2.5', 'dua koma lima'],
    ['-5000', 'minus lima ribu'],
    ['1000000000000', 'satu triliun'],
  ])('%s -> %j', (d, words) => {
    expect(toTerbilang(new Decimal(d), { case: 'lower' })).toBe(words);
  });
  it('round-trips with parseTerbilang', () => {
    for (const s of [
      '2830445095',
      '17530509750',
      '36749227700',
      '999999999999',
      '1',
      '101',
      '110',
      '1010',
      '0.75',
      '-12',
    ]) {
      const d = new Decimal(s);
      expect(parseTerbilang(toTerbilang(d))!.equals(d)).toBe(true);
    }
  });
  it('refuses amounts it has no words for', () => {
    expect(() => toTerbilang(new Decimal('1e18'))).toThrow(RangeError);
  });
});

describe('findTerbilang', () => {
  it('finds the seed amount with its figure and offsets', () => {
    const text =
      'Jumlah anggaran yang dialokasikan untuk mendukung pelaksanaan Program dan Kegiatan Kantor Kecamatan Pasirian Tahun Anggaran 2024 yaitu sebesar **Rp. 2.830.445.095,-** (*Dua Milyar Delapan Ratus Tiga Puluh Juta Empat Ratus Empat Puluh Lima Ribu Sembilan Puluh Lima Rupiah*).';
    const found = findTerbilang(text);
    expect(found).toHaveLength(1);
    const [m] = found;
    expect(m.words).toBe(SEED_WORDS);
    expect(text.slice(m.start, m.end)).toBe(SEED_WORDS);
    expect(m.wordsValue.toFixed()).toBe('2830445095');
    expect(m.figureRaw).toBe('Rp. 2.830.445.095,-');
    expect(m.figureValue!.toFixed()).toBe('2830445095');
    expect(text.slice(m.figureStart!, m.figureStart! + m.figureRaw.length)).toBe(m.figureRaw);
    expect(m.context).toContain('Rp. 2.830.445.095,-');
  });

  it('follows words across line breaks and reads glued words (Renja2016)', () => {
    const text =
      'total anggaran sebesar Rp. 17.530.509.750,00 (tujuhbelas milyar lima ratus tiga\npuluh juta lima ratus sembilan ribu tujuh ratus lima puluh rupiah). Secara umum';
    const [m] = findTerbilang(text);
    expect(m.wordsValue.toFixed()).toBe('17530509750');
    expect(m.figureRaw).toBe('Rp. 17.530.509.750,00');
    expect(m.figureValue!.toFixed()).toBe('17530509750');
  });

  it('skips a `Terbilang` label and reports a mismatch faithfully (DISKOMINFO 2016 layout)', () => {
    const text =
      'sebesar Rp 36.749.227.700,00,-\n(Terbilang Tiga Puluh Enam Milyar Tujuh Ratus Empat Puluh Sembilan Juta Dua\nRatus dua Puluh Tujuh Ribu Tujuh Ratus Rupiah).';
    const [m] = findTerbilang(text);
    expect(m.words.startsWith('Tiga Puluh')).toBe(true);
    expect(m.wordsValue.toFixed()).toBe('36749227700');
    expect(m.figureRaw).toBe('Rp 36.749.227.700,00,-');
    expect(m.figureValue!.equals(m.wordsValue)).toBe(true);
  });

  it('returns words without a figure when none is printed', () => {
    const [m] = findTerbilang('anggaran sebesar dua ratus juta rupiah untuk kegiatan');
    expect(m.wordsValue.toFixed()).toBe('200000000');
    expect(m.figureRaw).toBe('');
    expect(m.figureValue).toBeNull();
    expect(m.figureStart).toBeNull();
  });

  it('ignores counts and ordinary words', () => {
    const text =
      'mencakup 9 (sembilan) program dan 27 (dua puluh tujuh) kegiatan, salah satu kegiatan se-Jawa Barat selama Tiga (3) tahun';
    expect(findTerbilang(text)).toEqual([]);
  });

  it('finds several amounts in one text', () => {
    const text = 'BL sebesar Rp 5.000.000 (lima juta rupiah) dan BTL Rp 1.500 (seribu lima ratus rupiah).';
    const found = findTerbilang(text);
    expect(found.map((f) => [f.figureValue!.toFixed(), f.wordsValue.toFixed()])).toEqual([
      ['5000000', '5000000'],
      ['1500', '1500'],
    ]);
  });
});

describe('findTerbilang: the context is the sentence the amount stands in', () => {
  it('keeps the wording before the figure (what the amount is, and its year)', () => {
    const text =
      'Bab IV. Jumlah anggaran yang dialokasikan untuk program dan kegiatan Tahun 2024 sebesar Rp 2.830.445.095,- (Dua Milyar Delapan Ratus Tiga Puluh Juta Empat Ratus Empat Puluh Lima Ribu Sembilan Puluh Lima Rupiah).';
    const [m] = findTerbilang(text);
    expect(m.context).toMatch(/^Jumlah anggaran yang dialokasikan/);
    expect(m.context).toContain('Tahun 2024');
  });
});
