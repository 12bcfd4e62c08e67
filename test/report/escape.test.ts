/** CSV formula neutralising and terminal-safe text. */
import { csvCell, visible } from '../../src/report/escape.js';

describe('csvCell', () => {
  it('puts a quote before text a spreadsheet would run (OWASP CSV injection)', () => {
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe(`'=HYPERLINK("http://x","klik")`);
    expect(csvCell("=cmd|' /C calc'!A0")).toBe(`'=cmd|' /C calc'!A0`);
    expect(csvCell('@SUM(A1:A9)')).toBe(`'@SUM(A1:A9)`);
    expect(csvCell('+62 812')).toBe(`'+62 812`);
    expect(csvCell('-2+3+cmd|x')).toBe(`'-2+3+cmd|x`);
    expect(csvCell('\t=1')).toBe(`'\t=1`);
    expect(csvCell('\r=1')).toBe(`'\r=1`);
  });

  it('leaves plain numbers, a lone dash and ordinary text as they are', () => {
    for (const s of ['-200000000', '2830445095', '-0.5', '12.5', '-', '', 'Belanja Pegawai', '7.01.01.2.09.0009'])
      expect(csvCell(s)).toBe(s);
    // not a plain number: a dash followed by an expression
    expect(csvCell('-200000000+1')).toBe(`'-200000000+1`);
  });

  it('shows control characters instead of writing them, keeping line breaks', () => {
    expect(csvCell('a\u001b]0;x\u0007b')).toBe('a\\x1b]0;x\\x07b');
    expect(csvCell('two\nlines')).toBe('two\nlines');
  });

  it('writes every cell raw with escape: false (--no-csv-escape)', () => {
    for (const s of ['=1+2', '@x', 'a\u001bb']) expect(csvCell(s, { escape: false })).toBe(s);
  });
});

describe('visible', () => {
  it('shows every control character and bidi override, line breaks too', () => {
    expect(visible('a\u001b]0;pwned\u0007b.pdf')).toBe('a\\x1b]0;pwned\\x07b.pdf');
    expect(visible('x\ny\rz\t')).toBe('x\\x0ay\\x0dz\\x09');
    expect(visible('\u202egnp.pdf')).toBe('\\u202egnp.pdf');
    expect(visible('Renja Dinas Kesehatan 2024 — final é')).toBe('Renja Dinas Kesehatan 2024 — final é');
  });
});
