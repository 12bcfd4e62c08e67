import { diffTablesJson, parseVersionsArgs, type TablesJson } from '../../bench/pdfjs-versions.js';

const cell = (row: number, col: number, text: string, page = 3, bbox = [10, 20, 30, 40]) => ({
  row,
  col,
  rowSpan: 1,
  colSpan: 1,
  page,
  bbox,
  text,
});

function doc(cells: ReturnType<typeof cell>[], extra: Partial<TablesJson['tables'][number]> = {}): TablesJson {
  return {
    file: 'x.pdf',
    pages: 5,
    tables: [
      {
        id: 't1',
        method: 'lattice',
        pages: [3, 4],
        headerRows: 1,
        rowCount: 2,
        colCount: 2,
        captionLines: ['Tabel T-C.33'],
        parts: [],
        quality: { textInCells: 1 },
        cells,
        ...extra,
      },
    ],
  };
}

describe('diffTablesJson (pdfjs-dist versions benchmark)', () => {
  const base = [cell(0, 0, 'Kode'), cell(0, 1, 'Pagu'), cell(1, 0, '1.01', 4), cell(1, 1, '1.000.000', 4)];

  it('finds nothing between equal outputs, and ignores box changes below the JSON rounding', () => {
    expect(diffTablesJson(doc(base), doc(base))).toEqual([]);
    const nudged = base.map((c) => ({ ...c, bbox: c.bbox.map((v) => v + 0.005) }));
    expect(diffTablesJson(doc(base), doc(nudged))).toEqual([]);
  });

  it('names the page, table and cell of a changed text, a moved box and a missing cell', () => {
    const changed = [
      cell(0, 0, 'Kode'),
      cell(0, 1, 'Pagu', 3, [10, 20, 30.5, 40]),
      cell(1, 0, '1.01', 4),
      cell(1, 1, '1.000.00O', 4),
    ];
    expect(diffTablesJson(doc(base), doc(changed))).toEqual([
      { page: 3, table: 't1', what: 'cell 0,1 box moved 0.50 pt' },
      { page: 4, table: 't1', what: 'cell 1,1 text "1.000.000" -> "1.000.00O"' },
    ]);
    expect(diffTablesJson(doc(base), doc(base.slice(0, 3)))).toEqual([
      { page: 4, table: 't1', what: 'cell 1,1 only in A: "1.000.000"' },
    ]);
  });

  it('reports table-level changes and tables found by one version only', () => {
    expect(diffTablesJson(doc(base), doc(base, { rowCount: 3, pages: [3, 4, 5] }))).toEqual([
      { page: 3, table: 't1', what: 'pages 3-4 -> 3-5' },
      { page: 3, table: 't1', what: 'rows 2 -> 3' },
    ]);
    const two = doc(base);
    two.tables.push({ ...two.tables[0], id: 't2', pages: [5] });
    expect(diffTablesJson(doc(base), two)).toEqual([{ page: 5, table: 't2', what: 'only in B (pages 5)' }]);
  });
});

describe('parseVersionsArgs', () => {
  it('needs the second root and passes the common options on', () => {
    expect(() => parseVersionsArgs(['--runs', '5'])).toThrow(/--other ROOT is required/);
    const v = parseVersionsArgs(['--other', '/tmp/copy', '--node', '/opt/node24', '--runs', '7', 'a.pdf']);
    expect(v).toMatchObject({ other: '/tmp/copy', node: '/opt/node24', rest: ['--runs', '7', 'a.pdf'] });
  });
});
