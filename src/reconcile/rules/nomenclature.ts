/**
 * nomenclature: every program, kegiatan and sub kegiatan code against the official nomenclature of the version that
 * applies (src/nomenklatur): a code that does not exist (error, with the official code whose name matches the printed
 * one), a code printed under another name (warning; info when only case, spacing, punctuation or a spelling variant
 * differ), a row printed under a parent that is not its official parent, a provinsi code in a kabupaten/kota document
 * or the reverse, a Setda/DPRD-only kegiatan (2.11-2.16) in another bidang, and (info) a sub kegiatan's target unit
 * other than its official satuan. One finding per code and printed name, however many tables repeat it. Documents
 * whose codes cannot be checked (old era, a plan year without a version, no codes printed) get one info finding that
 * says why.
 */
import type { Level, RenjaRecord, TableId } from '../../renja/schema.js';
import type { Discrepancy, Severity } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { makeDiscrepancy, recordSide } from '../discrepancy.js';
import { TABLE_LABEL } from '../pairs.js';
import { truncate } from '../util.js';
import { isPmdn90Code, parentCode } from '../../renja/codes.js';
import { cleanText } from '../../renja/text.js';
import {
  JENIS_LABEL,
  levelOfCode,
  loadNomenklatur,
  type Jenis,
  type NomenklaturEntry,
  type NomenklaturList,
  type VersionInfo,
} from '../../nomenklatur/data.js';
import { closestNames, compareOfficialName, nameKey } from '../../nomenklatur/names.js';
import { chooseVersion } from '../../nomenklatur/version.js';

const CHECKED_LEVELS = new Set<Level>(['program', 'kegiatan', 'sub_kegiatan']);
const LEVEL_WORD: Partial<Record<Level, string>> = {
  program: 'program',
  kegiatan: 'kegiatan',
  sub_kegiatan: 'sub kegiatan',
};
/** Bidang whose support program may hold kegiatan 11-16 (Sekretariat Daerah, Sekretariat DPRD). */
const SETDA_DPRD_BIDANG = new Set(['4.01', '4.02']);

const q = (s: string) => `"${truncate(cleanText(s), 120)}"`;
const entryWords = (e: NomenklaturEntry) => `${LEVEL_WORD[e.level] ?? e.level} ${e.code} ${q(e.name)}`;
const versionWords = (v: VersionInfo, jenis: Jenis) => `nomenklatur ${v.id}, ${JENIS_LABEL[jenis]}`;

/** Every message an auditor reads, built here and only here (so a translation has one place to go). */
const MESSAGE = {
  notChecked: (why: string) => `kode program/kegiatan/sub kegiatan tidak diperiksa terhadap nomenklatur: ${why}`,
  oldEra: () =>
    'dokumen era Permendagri 13/2006 dan 54/2010 (kode seperti 1.20.05.15.01), sebelum nomenklatur Kepmendagri ' +
    '050-5889/2021; tidak ada daftar resmi yang dapat dibandingkan',
  noCodes: () =>
    'dokumen tidak mencetak kode program/kegiatan/sub kegiatan (hanya penomoran sendiri), jadi tidak ada kode ' +
    'yang dapat dicocokkan',
  guessed: (how: string) => `kode diperiksa terhadap nomenklatur yang paling cocok: ${how}`,
  noList: (v: VersionInfo, jenis: Jenis) =>
    `versi ${v.id} tidak memuat daftar ${JENIS_LABEL[jenis]} (hanya ${v.jenis.map((j) => JENIS_LABEL[j]).join(', ')})`,
  unknown: (level: string, code: string, v: string, match: NomenklaturEntry | null, elsewhere: string | null) =>
    `${level} ${code} tidak ada dalam ${v}` +
    (match ? `; nama yang dicetak adalah ${entryWords(match)}` : '') +
    (elsewhere ? `; kode ini ada di nomenklatur ${elsewhere}` : ''),
  name: (
    level: string,
    code: string,
    printed: string,
    e: NomenklaturEntry,
    minor: boolean,
    owner: NomenklaturEntry | null,
  ) =>
    `${level} ${code} dicetak ${q(printed)}; nama resminya ${q(e.name)}` +
    (minor ? ' (hanya beda huruf besar/kecil, spasi, tanda baca atau ejaan)' : '') +
    (owner ? `; nama yang dicetak adalah ${entryWords(owner)}` : ''),
  parent: (
    level: string,
    codes: string[],
    printedParent: RenjaRecord,
    official: string,
    e: NomenklaturEntry | undefined,
  ) =>
    `${level} ${listCodes(codes)} dicetak di bawah ${LEVEL_WORD[levelOfCode(printedParent.code!)] ?? ''} ${printedParent.code} ` +
    `${q(printedParent.name)}; induk resminya ${e ? entryWords(e) : official}`,
  jenis: (level: string, code: string, docJenis: Jenis, codeJenis: Jenis, e: NomenklaturEntry | undefined) =>
    `${level} ${code} memakai kode daftar ${JENIS_LABEL[codeJenis]} di dokumen ${JENIS_LABEL[docJenis]}` +
    (e ? ` (di daftar ${JENIS_LABEL[codeJenis]}: ${q(e.name)})` : ''),
  setdaDprd: (level: string, code: string, kegiatan: string, e: NomenklaturEntry | undefined) =>
    `${level} ${code}: kegiatan ${kegiatan}${e ? ` ${q(e.name)}` : ''} hanya untuk Sekretariat Daerah (4.01) ` +
    'dan Sekretariat DPRD (4.02), bukan bidang lain',
  unit: (code: string, printed: string, e: NomenklaturEntry) =>
    `sub kegiatan ${code}: satuan target ${q(printed)}, satuan resminya ${q(e.satuan ?? '')}` +
    (e.indikator ? ` (indikator resmi ${q(e.indikator)})` : ''),
  alsoIn: (places: string[]) => ` (juga di ${places.join('; ')})`,
};

function listCodes(codes: string[]): string {
  return codes.length <= 3 ? codes.join(', ') : `${codes.slice(0, 3).join(', ')} dan ${codes.length - 3} lainnya`;
}

interface Occurrence {
  record: RenjaRecord;
  code: string;
  level: Level;
}

/** A finding gathered from several tables: the first occurrence speaks, the others are named in the message. */
interface Pending {
  severity: Severity;
  field: string;
  record: RenjaRecord;
  code: string;
  sideField: string;
  value: string;
  message: string;
  also: RenjaRecord[];
}

/** Records whose code the rule checks: 2017+ codes (not `X.XX` placeholders) of new-era tables, by table. */
function checkableRows(ctx: ReconcileContext): { byTable: [TableId, Occurrence[]][]; oldEra: number } {
  const eraOf = new Map(ctx.extraction.layouts.map((l) => [l.tableRef, l.era] as const));
  const byTable: [TableId, Occurrence[]][] = [];
  let oldEra = 0;
  for (const [id, view] of ctx.tables) {
    const rows: Occurrence[] = [];
    for (const r of view.records) {
      if (!r.code || !CHECKED_LEVELS.has(r.level)) continue;
      if (eraOf.get(r.tableRef) === 'pmdn54-2010' || !isPmdn90Code(r.code)) {
        oldEra++;
        continue;
      }
      if (r.code.startsWith('X')) continue;
      const level = levelOfCode(r.code);
      if (CHECKED_LEVELS.has(level)) rows.push({ record: r, code: r.code, level });
    }
    if (rows.length) byTable.push([id, rows]);
  }
  return { byTable, oldEra };
}

/** `1` provinsi, `2` kabupaten/kota: the fourth part of a kegiatan or sub kegiatan code; null otherwise. */
function jenisOfCode(code: string): Jenis | null {
  const k = code.split('.')[3];
  return k === '1' ? 'provinsi' : k === '2' ? 'kabkota' : null;
}

/** The document's jenis pemda: the kind most of its kegiatan codes carry, else what its program names say. */
function documentJenis(rows: Occurrence[]): Jenis {
  let prov = 0;
  let kab = 0;
  for (const o of rows) {
    const j = jenisOfCode(o.code);
    if (j === 'provinsi') prov++;
    else if (j === 'kabkota') kab++;
  }
  if (prov !== kab) return prov > kab ? 'provinsi' : 'kabkota';
  const names = rows.filter((o) => o.level === 'program').map((o) => o.record.name.toLowerCase());
  return names.some((n) => /\bprovinsi\b/.test(n)) && !names.some((n) => /kabupaten|kota\b/.test(n))
    ? 'provinsi'
    : 'kabkota';
}

function place(r: RenjaRecord): string {
  return `${TABLE_LABEL[r.table]} hlm. ${r.refs.code?.page ?? r.page}`;
}

export function nomenclature(ctx: ReconcileContext): Discrepancy[] {
  const { byTable, oldEra } = checkableRows(ctx);
  const all = byTable.flatMap(([, rows]) => rows);
  const first = all[0]?.record ?? ctx.extraction.records.find((r) => CHECKED_LEVELS.has(r.level));
  const once = (message: string): Discrepancy[] =>
    first
      ? [
          makeDiscrepancy({
            doc: ctx.doc,
            rule: 'nomenclature',
            severity: 'info',
            code: null,
            field: 'nomenklatur',
            a: { ...recordSide(first, 'code', null), code: null },
            b: null,
            message,
          }),
        ]
      : [];
  if (all.length === 0) {
    // a table without any code is classed old-era by default: only old-era codes tell the era here
    return once(MESSAGE.notChecked(oldEra > 0 ? MESSAGE.oldEra() : MESSAGE.noCodes()));
  }

  const nom = loadNomenklatur();
  const jenis = documentJenis(all);
  const choice = chooseVersion(nom, {
    override: ctx.options.nomenklatur,
    planYear: ctx.extraction.planYear?.year ?? null,
    codes: all.map((o) => o.code),
    jenis,
  });
  if (!choice.version) return once(MESSAGE.notChecked(choice.why));
  const version = choice.version;
  const list = nom.list(version.id, jenis);
  if (!list) return once(MESSAGE.notChecked(MESSAGE.noList(version, jenis)));
  const other = nom.list(version.id, jenis === 'kabkota' ? 'provinsi' : 'kabkota');
  const vWords = versionWords(version, jenis);
  // the version was not given by the plan year or the user: say which one was taken, and why
  const guessed = !ctx.options.nomenklatur && (ctx.extraction.planYear?.year ?? null) === null;

  const pending = new Map<string, Pending>();
  const add = (key: string, p: Omit<Pending, 'also'>) => {
    const had = pending.get(key);
    if (had) {
      if (had.record.table !== p.record.table) had.also.push(p.record);
    } else pending.set(key, { ...p, also: [] });
  };

  for (const o of all) checkRow(o, { list, other, jenis, vWords, nomVersions: nom.versions, add, nom });
  for (const [, rows] of byTable) checkParents(rows, list, add);

  const notes = guessed ? once(MESSAGE.guessed(choice.how)) : [];
  return [
    ...notes,
    ...[...pending.values()].map((p) => {
      const others = [...new Map(p.also.map((r) => [r.table, r] as const)).values()].filter(
        (r) => r.table !== p.record.table,
      );
      return makeDiscrepancy({
        doc: ctx.doc,
        rule: 'nomenclature',
        severity: p.severity,
        code: p.code,
        field: p.field,
        a: recordSide(p.record, p.sideField, p.value),
        b: null,
        message: p.message + (others.length ? MESSAGE.alsoIn(others.map(place)) : ''),
      });
    }),
  ];
}

interface CheckEnv {
  list: NomenklaturList;
  other: NomenklaturList | undefined;
  jenis: Jenis;
  vWords: string;
  nomVersions: VersionInfo[];
  nom: ReturnType<typeof loadNomenklatur>;
  add: (key: string, p: Omit<Pending, 'also'>) => void;
}

function checkRow(o: Occurrence, env: CheckEnv): void {
  const { record: r, code, level } = o;
  const levelWord = LEVEL_WORD[level] ?? level;
  const parts = code.split('.');
  const codeJenis = jenisOfCode(code);
  const base = { record: r, code, sideField: 'code', value: r.codePrinted || code };

  if (codeJenis && codeJenis !== env.jenis) {
    env.add(`jenis|${code}`, {
      ...base,
      severity: 'error',
      field: 'code',
      message: MESSAGE.jenis(levelWord, code, env.jenis, codeJenis, env.other?.get(code)),
    });
    return;
  }
  const bidang = parts.slice(0, 2).join('.');
  const kegiatanNo = Number(parts[4]);
  if (codeJenis && parts[2] === '01' && kegiatanNo >= 11 && kegiatanNo <= 16 && !SETDA_DPRD_BIDANG.has(bidang)) {
    const kegiatan = parts.slice(0, 5).join('.');
    env.add(`setda|${kegiatan}`, {
      ...base,
      severity: 'error',
      field: 'code',
      message: MESSAGE.setdaDprd(levelWord, code, kegiatan, env.list.get(kegiatan)),
    });
    return;
  }

  const entry = env.list.get(code);
  const printed = cleanText(r.name);
  if (!entry) {
    const near = level === 'program' ? bidang : parts.slice(0, 3).join('.');
    const match = printed
      ? (closestNames(printed, env.list.atLevel(level), { near, limit: 1 })[0]?.entry ?? null)
      : null;
    const elsewhere = env.nomVersions
      .filter((v) => v.id !== env.list.version.id && env.nom.list(v.id, env.jenis)?.get(code))
      .map((v) => v.id);
    env.add(`unknown|${code}`, {
      ...base,
      severity: 'error',
      field: 'code',
      message: MESSAGE.unknown(levelWord, code, env.vWords, match, elsewhere.length ? elsewhere.join(', ') : null),
    });
    return;
  }
  if (printed) {
    const cmp = compareOfficialName(printed, entry.name);
    if (cmp !== 'same') {
      const minor = cmp === 'minor';
      const owner = minor
        ? null
        : (closestNames(printed, env.list.atLevel(level), { near: parts.slice(0, 3).join('.'), limit: 1 }).find(
            (m) => m.exact && m.entry.code !== code,
          )?.entry ?? null);
      env.add(`name|${code}|${nameKey(printed)}`, {
        record: r,
        code,
        sideField: 'name',
        value: printed,
        severity: minor ? 'info' : 'warning',
        field: 'name',
        message: MESSAGE.name(levelWord, code, printed, entry, minor, owner),
      });
    }
  }
  const unit = r.target?.unit ? cleanText(r.target.unit) : '';
  if (level === 'sub_kegiatan' && unit && entry.satuan && unitKey(unit) !== unitKey(entry.satuan)) {
    env.add(`unit|${code}|${unitKey(unit)}`, {
      record: r,
      code,
      sideField: 'target',
      value: unit,
      severity: 'info',
      field: 'target_unit',
      message: MESSAGE.unit(code, unit, entry),
    });
  }
}

const unitKey = (s: string) => nameKey(s).replace(/s$/, '');

/**
 * Parents as printed: a kegiatan under the program row above it, a sub kegiatan under the kegiatan row above it.
 * The children printed under one wrong parent make one finding.
 */
function checkParents(rows: Occurrence[], list: NomenklaturList, add: CheckEnv['add']): void {
  let program: Occurrence | null = null;
  let kegiatan: Occurrence | null = null;
  const groups = new Map<string, { parent: Occurrence; official: string; children: Occurrence[] }>();
  for (const o of rows) {
    if (o.level === 'program') {
      program = o;
      kegiatan = null;
      continue;
    }
    const above = o.level === 'kegiatan' ? program : kegiatan;
    if (o.level === 'kegiatan') kegiatan = o;
    const official = parentCode(o.code);
    if (!above || !official || above.code === official) continue;
    const key = `${o.level}|${above.code}|${official}`;
    const g = groups.get(key);
    if (g) g.children.push(o);
    else groups.set(key, { parent: above, official, children: [o] });
  }
  for (const [key, g] of groups) {
    const child = g.children[0];
    const levelWord = LEVEL_WORD[child.level] ?? child.level;
    add(`parent|${key}`, {
      record: child.record,
      code: child.code,
      sideField: 'code',
      value: child.record.codePrinted || child.code,
      severity: 'warning',
      field: 'parent',
      message: MESSAGE.parent(
        levelWord,
        g.children.map((c) => c.code),
        g.parent.record,
        g.official,
        list.get(g.official),
      ),
    });
  }
}
