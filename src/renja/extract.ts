/**
 * Tables + page texts of one document -> validated Extraction: a layout for every table
 * (so a wrong guess is visible), the records of the Renja tables, and the amounts written in
 * words in the prose.
 */
import type { Table } from '../tables/model.js';
import type { Box } from '../pdf/types.js';
import {
  ExtractionSchema,
  type DetectedLayout,
  type Extraction,
  type ProseAmount,
  type RenjaRecord,
} from './schema.js';
import { classifyTable } from './classify.js';
import { analyzeHeader, mapColumns, readableSides, type ColumnMap } from './columns.js';
import { buildRecords, joinTailAcrossTables } from './records.js';
import { findTerbilang } from './terbilang.js';
import { fullRupiahSides, sidePrefix, unitConflicts } from './unit-check.js';
import { findPlanYear, type TableYearInput } from './years.js';
import { scanPageErrors, scanTable } from './scan.js';
import { settleLevelsBySums, settleTotalRows } from './sum-levels.js';
import { continuationOf, type GapPage, type ReadTable } from './continuation.js';

export interface ExtractRenjaOptions {
  /** Page sizes (reader space), so prose amounts can point at their whole page. */
  pageSizes?: Map<number, { width: number; height: number }>;
}

/** Where a prose amount is when only its page is known. */
const UNKNOWN_BOX: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };
/** A cell's overflow (a lokasi list) rarely runs past this many pages; longer gaps are not looked at. */
const MAX_GAP_PAGES = 20;

/** The pages strictly between two tables, for the continuation check (a table rarely spans more than a few). */
function gapPagesBetween(prev: Table, next: Table, tables: Table[], pageTexts: Map<number, string>): GapPage[] {
  const from = Math.max(...prev.pages) + 1;
  const to = Math.min(...next.pages);
  if (to - from > MAX_GAP_PAGES) return [];
  const out: GapPage[] = [];
  for (let p = from; p < to; p++)
    out.push({
      page: p,
      hasTable: tables.some((t) => t.pages.includes(p)),
      lines: (pageTexts.get(p) ?? '').split('\n'),
    });
  return out;
}

export function findProseAmounts(pageTexts: Map<number, string>, opts: ExtractRenjaOptions = {}): ProseAmount[] {
  const out: ProseAmount[] = [];
  for (const [page, text] of [...pageTexts].sort((a, b) => a[0] - b[0])) {
    const size = opts.pageSizes?.get(page);
    const bbox: Box = size ? { x0: 0, y0: 0, x1: size.width, y1: size.height } : UNKNOWN_BOX;
    for (const m of findTerbilang(text)) {
      out.push({
        page,
        bbox,
        words: m.words,
        wordsValue: m.wordsValue,
        figureRaw: m.figureRaw,
        figureValue: m.figureValue,
        context: m.context,
      });
    }
  }
  return out;
}

export function extractRenja(
  doc: string,
  file: string,
  tables: Table[],
  pageTexts: Map<number, string>,
  opts: ExtractRenjaOptions = {},
): Extraction {
  const layouts: DetectedLayout[] = [];
  const records: RenjaRecord[] = [];
  const yearInputs: TableYearInput[] = [];
  let prev: ReadTable | null = null;
  /** Records of each logical table: a table and the continuation pages read as part of it. */
  const logical: RenjaRecord[][] = [];
  const firstPageOf = (t: Table): number => t.parts[0]?.page ?? Math.min(...t.pages);
  for (const [i, table] of tables.entries()) {
    let header = analyzeHeader(table);
    let classification = classifyTable(table, header);
    let columnMap: ColumnMap =
      classification.kind === 'OTHER'
        ? { columns: {}, moneyUnit: 1, codeIsRowNumber: false, reasons: [] }
        : mapColumns(table, classification.kind, header);
    // A table without a header of its own on the page after a Renja table may go on with it.
    const firstOnPage = i === 0 || !tables[i - 1].pages.includes(firstPageOf(table));
    const cont =
      classification.kind === 'OTHER' && prev
        ? continuationOf(prev, table, firstOnPage, gapPagesBetween(prev.table, table, tables, pageTexts))
        : null;
    if (cont) ({ header, classification, columnMap } = cont);
    let tableRecords = buildRecords(table, { doc, classification, layout: columnMap, header });
    const fullRupiah = fullRupiahSides(tableRecords, columnMap.moneyUnit);
    if (fullRupiah.size > 0) {
      // The header says thousands but the amounts are full Rupiah: read those sides again at unit 1.
      const unitBySide = Object.fromEntries([...fullRupiah.keys()].map((k) => [k, 1]));
      const sides = new Set(tableRecords.map(sidePrefix));
      const allSides = [...sides].every((k) => fullRupiah.has(k));
      const notes = [...fullRupiah].map(
        ([k, med]) =>
          `${k ? `${k.slice(0, -1)} ` : ''}amounts read in full Rupiah: header unit ${columnMap.moneyUnit} gives a median row of ${med.toFixed()}`,
      );
      columnMap = {
        ...columnMap,
        moneyUnit: allSides ? 1 : columnMap.moneyUnit,
        unitBySide,
        reasons: [...columnMap.reasons, ...notes],
      };
      tableRecords = buildRecords(table, { doc, classification, layout: columnMap, header });
    }
    // The same form on the next page, read as a table of its own, may open with the rest of a row cut by the break.
    const lastBefore = logical.at(-1);
    if (
      classification.kind !== 'OTHER' &&
      lastBefore?.length &&
      lastBefore[0].tableKind === classification.kind &&
      Math.max(...lastBefore.map((r) => r.page)) + 1 === firstPageOf(table)
    ) {
      tableRecords = joinTailAcrossTables(lastBefore, tableRecords);
    }
    // A table continued on later pages is settled as a whole (its last row is the last of the last page).
    if (cont && logical.length > 0) logical[logical.length - 1].push(...tableRecords);
    else logical.push([...tableRecords]);
    prev = { table, header, classification, columnMap };
    yearInputs.push({
      tableRef: table.id,
      kind: classification.kind,
      pages: table.pages,
      captionLines: table.captionLines,
      headerCells: table.cells.filter((c) => c.row < header.firstDataRow),
    });
    const conflicts =
      classification.kind === 'OTHER'
        ? []
        : unitConflicts(tableRecords, columnMap.columns, header.parts, columnMap.moneyUnit, columnMap.unitBySide);
    layouts.push({
      tableRef: table.id,
      kind: classification.kind,
      era: classification.era,
      caption: classification.caption,
      pages: table.pages,
      columns: columnMap.columns,
      moneyUnit: columnMap.moneyUnit,
      confidence: classification.confidence,
      reasons: [
        ...classification.reasons,
        ...columnMap.reasons,
        ...readableSides(classification.kind, columnMap.columns).reasons,
      ],
      recordPages: [
        ...new Set(tableRecords.flatMap((r) => [r.page, ...Object.values(r.refs).map((x) => x.page)])),
      ].sort((a, b) => a - b),
      scan:
        classification.kind === 'OTHER'
          ? scanTable(table, header.firstDataRow, columnMap.columns, tableRecords)
          : scanPageErrors(
              scanTable(table, header.firstDataRow, columnMap.columns, tableRecords),
              table.pages,
              pageTexts,
            ),
      ...(conflicts.length ? { unitConflicts: conflicts } : {}),
    });
    records.push(...tableRecords);
  }
  for (const group of logical) {
    settleLevelsBySums(group);
    settleTotalRows(group);
  }
  const warningsByKind: Record<string, number> = {};
  for (const r of records) for (const w of r.warnings) warningsByKind[w.kind] = (warningsByKind[w.kind] ?? 0) + 1;
  const lastPage = Math.max(0, ...pageTexts.keys(), ...tables.flatMap((t) => t.pages));
  return ExtractionSchema.parse({
    doc,
    file,
    pages: lastPage,
    layouts,
    records,
    prose: findProseAmounts(pageTexts, opts),
    planYear: findPlanYear(yearInputs, pageTexts),
    warningsByKind,
  });
}
