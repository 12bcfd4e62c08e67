/**
 * The Renja record model: zod schemas at the seam between extraction (src/renja)
 * and reconciliation (src/reconcile). Money is decimal.js end to end.
 */
import { Decimal } from 'decimal.js';
import { z } from 'zod';

export const DecimalSchema = z.instanceof(Decimal);

/** The kinds of table a Renja holds; old-era (Permendagri 54/2010) tables map to the same kinds by meaning. */
export const TableKindSchema = z.enum([
  'TC29', // evaluasi renja tahun lalu (old era: Tabel 2.1)
  'TC30', // kinerja pelayanan (old era: Tabel 2.2)
  'TC31', // review rancangan awal RKPD (old era: Tabel 2.3/2.4)
  'TC32', // usulan program dan kegiatan pemangku kepentingan / masyarakat
  'TC33', // rumusan rencana program dan kegiatan (old era: Tabel 3.1)
  'T41', // program utama, indikator kinerja dan pagu indikatif (Tabel 4.1)
  'OTHER',
]);
export type TableKind = z.infer<typeof TableKindSchema>;

/** Table ids used in discrepancies: T-C.31 is two tables side by side. */
export const TableIdSchema = z.enum([
  'TC29',
  'TC30',
  'TC31.awal',
  'TC31.hasil',
  'TC32',
  'TC33',
  'T41',
  'PROSE',
  'OTHER',
]);
export type TableId = z.infer<typeof TableIdSchema>;

export const EraSchema = z.enum(['pmdn86-2017', 'pmdn54-2010']);
export type Era = z.infer<typeof EraSchema>;

export const LevelSchema = z.enum([
  'urusan',
  'bidang',
  'program',
  'kegiatan',
  'sub_kegiatan',
  'aktivitas',
  'indicator', // an indicator-only continuation row of the record above it
  'total',
  'unknown',
]);
export type Level = z.infer<typeof LevelSchema>;

export const BoxSchema = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });

/** Where a value was read: page and cell box, so a report can point at it. */
export const SourceRefSchema = z.object({
  page: z.number().int().positive(),
  bbox: BoxSchema,
  /** Set when the cell was read by OCR: its least sure word's confidence (0..100). */
  confidence: z.number().min(0).max(100).optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const WarningKindSchema = z.enum([
  'code-odd-format', // e.g. `2.09` printed for `209`; normalized
  'code-wrapped', // `7.01.01.2.01.0 3`, repaired
  'code-unparsed', // a code cell that could not be read as a code
  'code-local', // the document's own numbering (`53.1` = program 53, kegiatan 1; a split code with blank cells): no code
  'money-unparseable',
  'money-spreadsheet-error', // #REF!, #VALUE!, ...
  'money-unit-conflict', // a cell that contradicts its column's unit
  'money-us-format', // 59,520,000.00 read as US style
  'money-odd-format', // `3.000,000,000`: both separators between thousands; one reading, reported
  'money-ambiguous', // `51.300.00`, `387.87`, `4,355,125,`, `Rp.`: cents or a clipped amount; not read
  'money-negative', // `(1.000)`, `-1.000`: a pagu below zero; not read
  'money-implausible', // above Rp 10^15: a misreading; not read
  'target-unparsed',
  'level-guessed',
  'row-joined-across-pages',
]);
export type WarningKind = z.infer<typeof WarningKindSchema>;

export const RecordWarningSchema = z.object({
  kind: WarningKindSchema,
  field: z.string().optional(),
  message: z.string(),
  raw: z.string().optional(),
});
export type RecordWarning = z.infer<typeof RecordWarningSchema>;

/** A money cell: the parsed value (null = nil, `-` or empty) and the text as printed. */
export const MoneySchema = z.object({
  value: DecimalSchema.nullable(),
  raw: z.string(),
  /** Set when the cell held something that is not a valid amount (kept, never dropped). */
  invalid: z.string().optional(),
});
export type Money = z.infer<typeof MoneySchema>;

export const TargetSchema = z.object({
  raw: z.string(),
  qty: DecimalSchema.nullable(),
  unit: z.string(),
  /** True when the target is a percentage (`95 %`, `54,55%`). */
  percent: z.boolean(),
});
export type Target = z.infer<typeof TargetSchema>;

export const RenjaRecordSchema = z.object({
  doc: z.string(),
  table: TableIdSchema,
  tableKind: TableKindSchema,
  caption: z.string(),
  /** Logical table id from the table engine (several Renja tables can share a kind). */
  tableRef: z.string(),
  page: z.number().int().positive(),
  pages: z.array(z.number().int().positive()),
  /** Row index within the logical table's data rows (0-based, header excluded). */
  rowIndex: z.number().int().nonnegative(),
  level: LevelSchema,
  /** Canonical code (`7.01.01.2.09.0009`), or null when the row has none. */
  code: z.string().nullable(),
  codePrinted: z.string(),
  /** For aktivitas and indicator rows: the code of the row they belong to. */
  parentCode: z.string().nullable(),
  name: z.string(),
  indikator: z.string(),
  target: TargetSchema.nullable(),
  pagu: MoneySchema.nullable(),
  paguMaju: MoneySchema.nullable(),
  /** Old-era tables that split the pagu by fund source: each source's amount (`apbdProv`, `apbn`, ...). */
  paguParts: z.record(z.string(), MoneySchema).optional(),
  targetMaju: TargetSchema.nullable(),
  sumberDana: z.string(),
  lokasi: z.string(),
  catatan: z.string(),
  /** T-C.31 only: which half of the table the record comes from. */
  side: z.enum(['awal', 'hasil']).nullable(),
  /** Source of each value by field name (code, name, pagu, ...). */
  refs: z.record(z.string(), SourceRefSchema),
  warnings: z.array(RecordWarningSchema),
});
export type RenjaRecord = z.infer<typeof RenjaRecordSchema>;

/** How a table's columns were understood: shown in outputs so a wrong guess is visible. */
/** What a table holds whatever its kind (see scan.ts). */
export const TableScanSchema = z.object({
  /** Pages where the table prints amounts in its data rows. */
  amountPages: z.array(z.number().int()),
  /** Cells printing a spreadsheet error (`#REF!`) or a number in scientific notation. */
  cellErrors: z.array(
    z.object({
      page: z.number().int(),
      bbox: BoxSchema,
      text: z.string(),
      row: z.number().int(),
      col: z.number().int(),
    }),
  ),
  /** Lines of the table's pages outside its cells (a spreadsheet's foot rows) printing a spreadsheet error. */
  pageErrors: z.array(z.object({ page: z.number().int(), text: z.string() })).default([]),
  /** Money columns of the map that no row fills although the pagu is filled. */
  emptyColumns: z.array(z.string()),
});
export type TableScan = z.infer<typeof TableScanSchema>;

/**
 * A money column whose header unit and cells disagree (see unit-check.ts): the header says thousands and the
 * cells are full Rupiah, the cells are too small for the header's unit, or the column mixes both per cell.
 */
export const UnitConflictSchema = z.object({
  /** Column key of the map (`pagu`, `paguMaju`, `hasil.pagu`, ...). */
  column: z.string(),
  kind: z.enum(['header-thousands-cells-rupiah', 'cells-too-small', 'mixed']),
  /** Unit the column's own header states (1000 for `(Rp.000)`), and the unit its cells were read with. */
  headerUnit: z.number().positive(),
  readUnit: z.number().positive(),
  /** Median amount of the column's rows scaled by the header unit (plain digits). */
  median: z.string().nullable(),
  pages: z.array(z.number().int()),
  /** Rows the conflict rests on (all amounts for a whole-column conflict, the odd rows for `mixed`). */
  rows: z.number().int().nonnegative(),
  /** Sample cells: as printed, and for `mixed` the cell of the other column in the same row. */
  samples: z.array(
    z.object({
      page: z.number().int(),
      bbox: BoxSchema.nullable(),
      raw: z.string(),
      code: z.string().nullable(),
      name: z.string(),
      otherColumn: z.string().optional(),
      otherRaw: z.string().optional(),
    }),
  ),
});
export type UnitConflict = z.infer<typeof UnitConflictSchema>;

export const DetectedLayoutSchema = z.object({
  tableRef: z.string(),
  kind: TableKindSchema,
  era: EraSchema,
  caption: z.string(),
  pages: z.array(z.number().int()),
  /** Field name -> column index (and for T-C.31, `awal.pagu`, `hasil.pagu`, ...). */
  columns: z.record(z.string(), z.number().int()),
  /** Money unit multiplier from the header (`(Rp. 000)` = 1000). */
  moneyUnit: z.number().int().positive(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
  /** Pages that gave at least one record. */
  recordPages: z.array(z.number().int()).default([]),
  scan: TableScanSchema.optional(),
  /** Money columns whose header unit contradicts their cells. */
  unitConflicts: z.array(UnitConflictSchema).optional(),
});
export type DetectedLayout = z.infer<typeof DetectedLayoutSchema>;

/** An amount written in words in the prose ("Dua Milyar ... Rupiah") and the figure beside it. */
export const ProseAmountSchema = z.object({
  page: z.number().int().positive(),
  bbox: BoxSchema,
  words: z.string(),
  wordsValue: DecimalSchema.nullable(),
  figureRaw: z.string(),
  figureValue: DecimalSchema.nullable(),
  context: z.string(),
});
export type ProseAmount = z.infer<typeof ProseAmountSchema>;

/**
 * A year printed in a caption, a column-group title or a running head, with what it should be relative to the plan
 * year: `Prakiraan Maju Tahun 2017` should be plan year + 1, `Review ... Rancangan Awal RKPD Tahun 2016` the plan year,
 * `s/d Tahun 2013 (n-3)` plan year − 3, `s/d tahun 2015` (an evaluation) at most plan year − 1.
 */
export const YearLabelSchema = z.object({
  page: z.number().int().positive(),
  /** Table the label belongs to (null for a running head). */
  tableRef: z.string().nullable(),
  tableKind: TableKindSchema.nullable(),
  where: z.enum(['caption', 'column', 'running-head']),
  /** What the year names: the plan year, the prakiraan maju, the reviewed RKPD, a year relative to n, ... */
  role: z.enum(['plan', 'maju', 'rkpd', 'relative', 'berjalan', 'lalu', 'until']),
  /** The year as printed (`20134` is kept: an impossible year). */
  year: z.number().int(),
  /** Allowed range relative to the plan year (null: unbounded on that side). */
  minOffset: z.number().int().nullable(),
  maxOffset: z.number().int().nullable(),
  /** The caption, header cell or running head as printed (trimmed). */
  text: z.string(),
  /** The words the year was read from (`Prakiraan Maju Tahun 2016`). */
  match: z.string(),
});
export type YearLabel = z.infer<typeof YearLabelSchema>;

/** The document's plan year, decided by a vote over its captions, column groups and running heads. */
export const PlanYearSchema = z.object({
  year: z.number().int().nullable(),
  /** How it was decided, in words (which sources agreed, which disagreed). */
  decidedBy: z.string(),
  /** One vote per kind of source (`running-head`, `caption:plan`, `column:maju`, ...): the year it gives. */
  votes: z.array(z.object({ source: z.string(), year: z.number().int(), page: z.number().int(), text: z.string() })),
  labels: z.array(YearLabelSchema),
});
export type PlanYear = z.infer<typeof PlanYearSchema>;

/**
 * One file of a Renja published as several files (cover, BAB I … BAB V, lampiran): its base name, its page count,
 * and the logical page its first page became once the parts' pages were concatenated in order.
 */
export const DocumentPartSchema = z.object({
  file: z.string(),
  pages: z.number().int().nonnegative(),
  firstPage: z.number().int().positive(),
  /** A scanned part (no text layer, e.g. a cover): its pages count but were not read (an `unread-table` finding). */
  noTextLayer: z.boolean().optional(),
});
export type DocumentPart = z.infer<typeof DocumentPartSchema>;

export const ExtractionSchema = z.object({
  doc: z.string(),
  file: z.string(),
  pages: z.number().int().nonnegative(),
  /** Set only for a document read from several files: every page number elsewhere is logical (see parts.ts). */
  parts: z.array(DocumentPartSchema).optional(),
  layouts: z.array(DetectedLayoutSchema),
  records: z.array(RenjaRecordSchema),
  prose: z.array(ProseAmountSchema),
  /** The plan year and the year labels it is checked against (absent in extractions made before it existed). */
  planYear: PlanYearSchema.optional(),
  /** The folio printed on each page that has one, by PDF page number (`{ "48": "45" }`), for citing pages. */
  printedPages: z.record(z.string(), z.string()).optional(),
  warningsByKind: z.record(z.string(), z.number().int()),
  /** Pages cut short by a limit of the table engine (src/pdf/limits.ts); absent when none. */
  pageLimits: z
    .array(
      z.object({
        page: z.number().int().positive(),
        kind: z.enum(['operators', 'rulings', 'textRuns', 'gridSlots']),
        count: z.number().int().nonnegative(),
        limit: z.number().int().positive(),
        message: z.string(),
      }),
    )
    .optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
