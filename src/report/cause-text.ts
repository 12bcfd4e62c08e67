/**
 * One line of text for a cause and for what was checked, in the reader's language (the sentences live in the
 * catalogues, src/i18n). Data in, one line out; money as `Rp 2.830.445.095`.
 */
import { Decimal } from 'decimal.js';
import type { Cause } from '../reconcile/causes.js';
import type { Discrepancy } from '../reconcile/types.js';
import type { TableId } from '../renja/schema.js';
import type { CheckStatus, SanityWarning } from './coverage.js';
import { formatRupiah } from './format.js';
import { catalogue, findingText, ui, type Catalogue, type Lang } from '../i18n/index.js';
import { levelWords } from '../i18n/helpers.js';

const shown = (c: Catalogue, v: Decimal | string | null | undefined): string =>
  v instanceof Decimal ? formatRupiah(v) : v === null || v === undefined || v === '' ? ui(c, 'blank') : `"${v}"`;

const field = (c: Catalogue, f: string) => c.field[f] ?? f;

/** `sub kegiatan 7.01.01.2.09.0009 Pemeliharaan …` */
export function rowLabel(level: string, code: string | null, name: string): string {
  const short = name.length > 60 ? `${name.slice(0, 59)}…` : name;
  return [levelWords(level), code ?? '', short].filter(Boolean).join(' ');
}

/** Each table's value of the cause's cell, from the findings that are not echoes (first seen wins). */
function cellValues(c: Cause): [TableId, Decimal | string | null][] {
  const out = new Map<TableId, Decimal | string | null>();
  for (const d of c.findings) {
    if (d.rule !== c.root.rule || d.code !== c.code || d.field !== c.field) continue;
    for (const s of [d.a, d.b]) if (s && !out.has(s.table)) out.set(s.table, s.value);
  }
  return [...out];
}

/** Tables holding a row that is missing elsewhere, and the tables it is missing from. */
function presence(c: Cause): { inTables: [TableId, Decimal | string | null][]; missingFrom: TableId[] } {
  const inT = new Map<TableId, Decimal | string | null>();
  const out = new Set<TableId>();
  for (const d of c.findings) {
    if (d.rule !== 'missing-row' || d.code !== c.code || !d.b) continue;
    // the side without a page is the table the row is missing from
    const [present, absent] = d.a.page === null ? [d.b, d.a] : [d.a, d.b];
    if (!inT.has(present.table)) inT.set(present.table, present.value);
    out.add(absent.table);
  }
  for (const t of inT.keys()) out.delete(t);
  return { inTables: [...inT], missingFrom: [...out] };
}

/** One line naming the cause: what differs, where, by how much. */
export function causeTitle(cause: Cause, lang: Lang = 'id'): string {
  const c = catalogue(lang);
  const label = (t: TableId) => c.table[t];
  const row = rowLabel(cause.level, cause.code, cause.name);
  if (cause.kind === 'pattern' && cause.pattern) {
    const p = cause.pattern;
    const sign = p.percent.startsWith('-') ? '' : '+';
    const percent = `${sign}${lang === 'id' ? p.percent.replace('.', ',') : p.percent}`;
    const except = p.exceptions.length
      ? ui(c, 'patternExceptions', { codes: p.exceptions.slice(0, 5).join(', ') }) +
        (p.exceptions.length > 5 ? ui(c, 'andMore', { n: p.exceptions.length - 5 }) : '')
      : '';
    return ui(c, 'causePattern', { percent, rows: p.rows }) + except;
  }
  if (cause.kind === 'repeat' && cause.repeat) {
    const r = cause.repeat;
    const [ta, tb] = [cause.root.a.table, cause.root.b?.table ?? cause.root.a.table];
    return ui(c, 'causeRepeat', {
      field: field(c, cause.field),
      from: r.from,
      a: label(ta),
      to: r.to,
      b: label(tb),
      rows: r.rows,
    });
  }
  if (cause.root.rule === 'missing-row') {
    const { inTables, missingFrom } = presence(cause);
    const where = inTables.map(([t, v]) => (v instanceof Decimal ? `${label(t)} ${formatRupiah(v)}` : label(t)));
    return ui(c, 'causeMissing', { row, missing: missingFrom.map(label).join(', '), present: where.join(', ') });
  }
  if (cause.root.rule === 'value-mismatch' || (cause.kind === 'cell' && cause.root.rule !== 'awal-vs-hasil')) {
    const vals = cellValues(cause)
      .map(([t, v]) => `${label(t)} ${shown(c, v)}`)
      .join(', ');
    return `${field(c, cause.field)} ${row}: ${vals}`;
  }
  if (cause.root.rule === 'awal-vs-hasil') {
    return ui(c, 'causeAwalHasil', {
      field: field(c, cause.field),
      row,
      a: shown(c, cause.root.a.value),
      b: shown(c, cause.root.b?.value),
    });
  }
  if (cause.root.rule === 'total-mismatch' && cause.root.b) {
    return `${field(c, cause.field)}: ${label(cause.root.a.table)} ${shown(c, cause.root.a.value)}, ${label(cause.root.b.table)} ${shown(c, cause.root.b.value)}`;
  }
  return findingText(cause.root, lang);
}

/** Where the cause's gap shows again (its echoes), briefly: `total T-C.33 vs Tabel 4.1, program 7.01.01`. */
export function echoList(cause: Cause, isEcho: (d: Discrepancy) => boolean, lang: Lang = 'id', max = 4): string {
  const c = catalogue(lang);
  const seen = new Set<string>();
  for (const d of cause.findings) {
    if (!isEcho(d)) continue;
    const what = d.code ? d.code : `total ${c.table[d.a.table]}${d.b ? ` vs ${c.table[d.b.table]}` : ''}`;
    seen.add(what);
  }
  const all = [...seen];
  if (!all.length) return '';
  return (
    ui(c, 'alsoSeen', { list: all.slice(0, max).join(', ') }) +
    (all.length > max ? ui(c, 'andMore', { n: all.length - max }) : '')
  );
}

export function checkLabel(s: CheckStatus, lang: Lang = 'id'): string {
  const c = catalogue(lang);
  const name = ui(c, `check_${s.check}`);
  return s.tables.length ? `${name} ${s.tables.map((t) => c.table[t]).join(' vs ')}` : name;
}

export function skipReasonText(s: CheckStatus, lang: Lang = 'id'): string {
  const c = catalogue(lang);
  const table = s.reasonTable ? c.table[s.reasonTable] : '';
  return s.reason ? ui(c, `skip_${s.reason}`, { table }) : '';
}

export function sanityText(w: SanityWarning, lang: Lang = 'id'): string {
  const c = catalogue(lang);
  return ui(c, `sanity_${w.kind}`, {
    table: c.table[w.table],
    value: w.value ? formatRupiah(w.value) : '',
    n: w.unreadable ?? 0,
  });
}
