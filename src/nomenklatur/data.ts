/**
 * The official nomenclature of program, kegiatan and sub kegiatan (Kepmendagri 050-5889/2021 as amended, and the SIPD
 * yearly update), shipped in data/nomenklatur.json.gz (made by scripts/make-nomenklatur.mjs from the shared copy).
 * Loaded once, lazily; lists are indexed by canonical code with the generic support program `X.XX.01.*` put in every
 * bidang of its list, as the regulation reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Level } from '../renja/schema.js';
import { parentCode } from '../renja/codes.js';

import { JENIS, type Jenis } from './jenis.js';

export { JENIS, JENIS_LABEL, type Jenis } from './jenis.js';

const SourceSchema = z.object({ repo: z.string(), path: z.string(), commit: z.string(), rows: z.number().int() });
const RowSchema = z.union([
  z.tuple([z.string(), z.string()]),
  z.tuple([z.string(), z.string(), z.string(), z.string()]),
]);
const ListSchema = z.object({ file: z.string(), rows: z.array(RowSchema), sources: z.array(SourceSchema) });
const FileSchema = z.object({
  format: z.literal(1),
  made: z.string(),
  by: z.string(),
  from: z.string(),
  versions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      planYears: z.array(z.number().int()),
      lists: z.object({ kabkota: ListSchema.optional(), provinsi: ListSchema.optional() }),
    }),
  ),
});

export interface VersionInfo {
  id: string;
  /** The regulation the list follows, in words. */
  title: string;
  /** Plan years it applies to. */
  planYears: number[];
  /** Which lists it holds. */
  jenis: Jenis[];
  /** When data/nomenklatur.json.gz was made, and the source files of each list. */
  made: string;
  sources: Partial<Record<Jenis, { file: string; repos: string[] }>>;
}

export interface NomenklaturEntry {
  code: string;
  name: string;
  level: Level;
  /** The official parent code (a kegiatan's program, a sub kegiatan's kegiatan), null for an urusan. */
  parent: string | null;
  /** Sub kegiatan only: the official output indicator and its unit. */
  indikator?: string;
  satuan?: string;
  /** Put in this bidang from the generic `X.XX.01.*` row. */
  generic: boolean;
}

export interface NomenklaturList {
  version: VersionInfo;
  jenis: Jenis;
  get(code: string): NomenklaturEntry | undefined;
  /** Every entry of one level (generic rows expanded). */
  atLevel(level: Level): NomenklaturEntry[];
}

export interface Nomenklatur {
  versions: VersionInfo[];
  version(id: string): VersionInfo | undefined;
  /** The version whose plan years include `year`. */
  versionForYear(year: number): VersionInfo | undefined;
  list(versionId: string, jenis: Jenis): NomenklaturList | undefined;
}

const LEVEL_BY_DEPTH: Record<number, Level> = {
  1: 'urusan',
  2: 'bidang',
  3: 'program',
  5: 'kegiatan',
  6: 'sub_kegiatan',
};

export function levelOfCode(code: string): Level {
  return LEVEL_BY_DEPTH[code.split('.').length] ?? 'unknown';
}

type Row = z.infer<typeof RowSchema>;

function entryOf(row: Row, code = row[0], generic = false): NomenklaturEntry {
  const e: NomenklaturEntry = { code, name: row[1], level: levelOfCode(code), parent: parentCode(code), generic };
  if (row.length === 4) {
    if (row[2]) e.indikator = row[2];
    if (row[3]) e.satuan = row[3];
  }
  return e;
}

function buildList(version: VersionInfo, jenis: Jenis, rows: Row[]): NomenklaturList {
  const byCode = new Map<string, NomenklaturEntry>();
  for (const r of rows) if (!r[0].startsWith('X.XX.')) byCode.set(r[0], entryOf(r));
  const bidang = [...byCode.values()].filter((e) => e.level === 'bidang').map((e) => e.code);
  for (const r of rows) {
    if (!r[0].startsWith('X.XX.')) continue;
    byCode.set(r[0], entryOf(r));
    for (const b of bidang) {
      const code = b + r[0].slice(4);
      if (!byCode.has(code)) byCode.set(code, entryOf(r, code, true));
    }
  }
  const byLevel = new Map<Level, NomenklaturEntry[]>();
  for (const e of byCode.values()) {
    if (e.code.startsWith('X')) continue;
    const l = byLevel.get(e.level);
    if (l) l.push(e);
    else byLevel.set(e.level, [e]);
  }
  return { version, jenis, get: (code) => byCode.get(code), atLevel: (level) => byLevel.get(level) ?? [] };
}

/** Builds the index from the file's parsed JSON (exported for tests with a small hand-made file). */
export function nomenklaturFrom(json: unknown): Nomenklatur {
  const file = FileSchema.parse(json);
  const versions: VersionInfo[] = file.versions.map((v) => ({
    id: v.id,
    title: v.title,
    planYears: v.planYears,
    jenis: JENIS.filter((j) => v.lists[j]),
    made: file.made,
    sources: Object.fromEntries(
      JENIS.filter((j) => v.lists[j]).map((j) => [
        j,
        {
          file: v.lists[j]!.file,
          repos: [...new Set(v.lists[j]!.sources.map((s) => `${s.repo}@${s.commit.slice(0, 7)}`))],
        },
      ]),
    ),
  }));
  const lists = new Map<string, NomenklaturList>();
  const rowsOf = new Map(file.versions.map((v) => [v.id, v.lists]));
  return {
    versions,
    version: (id) => versions.find((v) => v.id === id),
    versionForYear: (year) => versions.find((v) => v.planYears.includes(year)),
    list(versionId, jenis) {
      const key = `${versionId}|${jenis}`;
      const cached = lists.get(key);
      if (cached) return cached;
      const v = versions.find((x) => x.id === versionId);
      const rows = rowsOf.get(versionId)?.[jenis]?.rows;
      if (!v || !rows) return undefined;
      const list = buildList(v, jenis, rows);
      lists.set(key, list);
      return list;
    },
  };
}

/** src/nomenklatur and dist/nomenklatur sit two levels below the package root, build/src/nomenklatur (bench) three. */
const DATA_FILES = ['../../data/nomenklatur.json.gz', '../../../data/nomenklatur.json.gz'].map(
  (p) => new URL(p, import.meta.url),
);
let loaded: Nomenklatur | null = null;

/** The shipped nomenclature (data/nomenklatur.json.gz), read on first use. */
export function loadNomenklatur(): Nomenklatur {
  if (!loaded) {
    const file = DATA_FILES.find((f) => existsSync(f)) ?? DATA_FILES[0];
    loaded = nomenklaturFrom(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')));
  }
  return loaded;
}
