/**
 * The Indonesian sentences for causes and for what was checked, kept in one place (the language layer takes them
 * over into its catalogue). Data in, one line of text out; money as `Rp 2.830.445.095`, pages as printed.
 */
import { Decimal } from 'decimal.js';
import type { Cause } from '../reconcile/causes.js';
import { TABLE_LABEL } from '../reconcile/pairs.js';
import type { Discrepancy, Severity } from '../reconcile/types.js';
import type { TableId } from '../renja/schema.js';
import type { CheckStatus, SanityWarning } from './coverage.js';
import { formatRupiah } from './format.js';

export const SEVERITY_ID: Record<Severity, string> = { error: 'kesalahan', warning: 'peringatan', info: 'info' };

const LEVEL_ID: Record<string, string> = {
  urusan: 'urusan',
  bidang: 'bidang',
  program: 'program',
  kegiatan: 'kegiatan',
  sub_kegiatan: 'sub kegiatan',
  aktivitas: 'aktivitas',
  total: 'total',
};

const FIELD_ID: Record<string, string> = {
  pagu: 'pagu',
  pagu_maju: 'prakiraan maju',
  target: 'target',
  indikator: 'indikator',
  name: 'nama',
  lokasi: 'lokasi',
  sumber_dana: 'sumber dana',
  total: 'total pagu',
  total_pagu_maju: 'total prakiraan maju',
};

const label = (t: TableId): string => TABLE_LABEL[t];

const shown = (v: Decimal | string | null | undefined): string =>
  v instanceof Decimal ? formatRupiah(v) : v === null || v === undefined || v === '' ? 'kosong' : `"${v}"`;

/** `sub kegiatan 7.01.01.2.09.0009 Pemeliharaan …` */
export function rowLabel(level: string, code: string | null, name: string): string {
  const short = name.length > 60 ? `${name.slice(0, 59)}…` : name;
  return [LEVEL_ID[level] ?? '', code ?? '', short].filter(Boolean).join(' ');
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
export function causeTitle(c: Cause): string {
  const row = rowLabel(c.level, c.code, c.name);
  if (c.kind === 'pattern' && c.pattern) {
    const p = c.pattern;
    const sign = p.percent.startsWith('-') ? '' : '+';
    const except = p.exceptions.length
      ? `; kecuali ${p.exceptions.slice(0, 5).join(', ')}${p.exceptions.length > 5 ? ` dan ${p.exceptions.length - 5} lainnya` : ''}`
      : '';
    return `pola: hasil analisis = rancangan awal ${sign}${p.percent} % pada ${p.rows} baris T-C.31${except}`;
  }
  if (c.kind === 'repeat' && c.repeat) {
    const r = c.repeat;
    const [ta, tb] = [c.root.a.table, c.root.b?.table ?? c.root.a.table];
    return `${FIELD_ID[c.field] ?? c.field} "${r.from}" di ${label(ta)} tertulis "${r.to}" di ${label(tb)} pada ${r.rows} baris`;
  }
  if (c.root.rule === 'missing-row') {
    const { inTables, missingFrom } = presence(c);
    const where = inTables.map(([t, v]) => (v instanceof Decimal ? `${label(t)} ${formatRupiah(v)}` : label(t)));
    return `${row}: tidak ada di ${missingFrom.map(label).join(', ')} (ada di ${where.join(', ')})`;
  }
  if (c.root.rule === 'value-mismatch' || (c.kind === 'cell' && c.root.rule !== 'awal-vs-hasil')) {
    const vals = cellValues(c)
      .map(([t, v]) => `${label(t)} ${shown(v)}`)
      .join(', ');
    return `${FIELD_ID[c.field] ?? c.field} ${row}: ${vals}`;
  }
  if (c.root.rule === 'awal-vs-hasil') {
    return `${FIELD_ID[c.field] ?? c.field} ${row}: rancangan awal ${shown(c.root.a.value)}, hasil analisis ${shown(c.root.b?.value)} (tanpa catatan)`;
  }
  if (c.root.rule === 'total-mismatch' && c.root.b) {
    return `${FIELD_ID[c.field] ?? c.field}: ${label(c.root.a.table)} ${shown(c.root.a.value)}, ${label(c.root.b.table)} ${shown(c.root.b.value)}`;
  }
  return c.root.message;
}

/** Where the cause's gap shows again (its echoes), briefly: `total T-C.33 vs Tabel 4.1, program 7.01.01`. */
export function echoList(c: Cause, isEcho: (d: Discrepancy) => boolean, max = 4): string {
  const seen = new Set<string>();
  for (const d of c.findings) {
    if (!isEcho(d)) continue;
    const what = d.code ? d.code : `total ${label(d.a.table)}${d.b ? ` vs ${label(d.b.table)}` : ''}`;
    seen.add(what);
  }
  const all = [...seen];
  if (!all.length) return '';
  return `juga terlihat pada ${all.slice(0, max).join(', ')}${all.length > max ? ` dan ${all.length - max} lainnya` : ''}`;
}

const CHECK_ID: Record<CheckStatus['check'], string> = {
  totals: 'total antar tabel',
  rows: 'baris per baris',
  'awal-vs-hasil': 'rancangan awal vs hasil analisis',
  rollup: 'induk = jumlah rinciannya',
  'declared-total': 'baris JUMLAH = jumlah program',
  terbilang: 'terbilang dan jumlah dalam teks',
};

export function checkLabel(c: CheckStatus): string {
  return c.tables.length ? `${CHECK_ID[c.check]} ${c.tables.map(label).join(' vs ')}` : CHECK_ID[c.check];
}

export function skipReasonText(c: CheckStatus): string {
  const t = c.reasonTable ? label(c.reasonTable) : '';
  switch (c.reason) {
    case 'table-missing':
      return `${t} tidak ditemukan`;
    case 'no-money-column':
      return `kolom pagu ${t} tidak terbaca`;
    case 'no-total':
      return `total ${t} tidak dapat dihitung (ada nilai yang tidak terbaca)`;
    case 'no-prose-amount':
      return 'tidak ada jumlah anggaran yang ditulis dalam teks';
    default:
      return '';
  }
}

export function sanityText(w: SanityWarning): string {
  const t = label(w.table);
  switch (w.kind) {
    case 'negative-total':
      return `total pagu ${t} negatif (${formatRupiah(w.value!)}): mungkin baris nomor kolom terbaca sebagai data`;
    case 'zero-total':
      return `total pagu ${t} nol`;
    case 'tiny-total':
      return `total pagu ${t} hanya ${formatRupiah(w.value!)}: tidak wajar untuk sebuah Renja, periksa pembacaan tabel`;
    case 'total-unreadable':
      return `total pagu ${t} tidak dihitung: ${w.unreadable} nilai tidak terbaca`;
  }
}

/** `hal. 45` when the page prints its number, else `hal. PDF 48`. */
export function pageRef(page: number | null, printed: string | null): string {
  if (page === null) return '';
  return printed ? `hal. ${printed}` : `hal. PDF ${page}`;
}
