import { cellAt, ourMethod, resolveArea } from '../../bench/accuracy.js';
import { parseManifest } from '../../bench/coverage.js';
import { scoreGrids } from '../../bench/score.js';
import { median, parseBenchArgs, textTable, toCsv } from '../../bench/util.js';

describe('scoreGrids (port of score-table.mjs)', () => {
  it('ignores empty spacer rows/columns and line breaks, but not a moved cell', () => {
    const expected = [
      ['Kode', 'Uraian', 'Pagu'],
      ['1.01', 'Belanja\npegawai', '1.000'],
    ];
    const padded = [
      ['', 'Kode', '', 'Uraian', 'Pagu'],
      ['', '', '', '', ''],
      ['', '1.01', '', 'Belanja  pegawai', '1.000'],
    ];
    expect(scoreGrids(expected, padded)).toEqual({ exact: 1, adjF1: 1 });
    const moved = [
      ['Kode', 'Uraian', 'Pagu'],
      ['1.01', 'Belanja pegawai 1.000', ''],
    ];
    const s = scoreGrids(expected, moved);
    expect(s.exact).toBe(0);
    // 7 expected neighbour relations, 5 found, 3 shared (Kode→Uraian, Uraian→Pagu, Kode↓1.01): P 3/5, R 3/7
    expect(s.adjF1).toBe(0.5);
  });

  it('scores two empty grids as an exact match', () => {
    expect(scoreGrids([], [])).toEqual({ exact: 1, adjF1: 1 });
  });
});

describe('tabula suite helpers', () => {
  it('maps manifest methods to ours', () => {
    expect(ourMethod('stream+page_vertical_rulings')).toBe('stream');
    expect(ourMethod('lattice+external_rulings')).toBe('lattice');
    expect(ourMethod('decide')).toBe('auto');
  });

  it('resolves tabula percentage areas against the page size', () => {
    expect(resolveArea('%0,50,100,100', 425, 451)).toEqual({ top: 0, left: 212.5, bottom: 451, right: 425 });
    expect(resolveArea([1, 2, 3, 4], 0, 0)).toEqual({ top: 1, left: 2, bottom: 3, right: 4 });
  });

  it('reads row/col -1 as the last row and its last filled cell', () => {
    const m = [
      ['a', 'b', ''],
      ['c', '(X)', ''],
    ];
    expect(cellAt(m, -1, -1)).toBe('(X)');
    expect(cellAt(m, 0, 1)).toBe('b');
    expect(cellAt(m, 5, 0)).toBeUndefined();
  });
});

describe('bench plumbing', () => {
  it('writes RFC 4180 CSV, quoting only where needed', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines']])).toBe('a,"b,c","say ""hi""","two\nlines"\n');
    expect(toCsv([])).toBe('');
  });

  it('parses the corpus manifest by header names', () => {
    const tsv =
      'file\tsource_repo\tpages\ttext_or_scanned\tdoc_type_guess\na/x.pdf\tr\t81\ttext\tRenja\nb/y.pdf\tr\t\tscanned\t-\n';
    expect(parseManifest(tsv)).toEqual([
      { file: 'a/x.pdf', pages: 81, textOrScanned: 'text', docType: 'Renja' },
      { file: 'b/y.pdf', pages: 0, textOrScanned: 'scanned', docType: '-' },
    ]);
  });

  it('parses benchmark arguments and rejects unknown ones', () => {
    expect(parseBenchArgs(['--json', 'out.json', '--engine', 'tabula', '--runs', '7', 'a.pdf'])).toEqual({
      json: 'out.json',
      quick: false,
      engines: ['tabula'],
      runs: 7,
      files: ['a.pdf'],
    });
    expect(() => parseBenchArgs(['--engine', 'camelot'])).toThrow(/pdfjs or tabula/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option/);
  });

  it('prints aligned plain-text tables and medians', () => {
    expect(
      textTable(
        ['name', 'ms'],
        [
          ['a', 1.5],
          ['bb', 12],
        ],
      ).split('\n'),
    ).toEqual(['name     ms', '----  -----', 'a     1.500', 'bb       12']);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});
