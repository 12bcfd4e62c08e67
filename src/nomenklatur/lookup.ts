/**
 * `renja kode`: a code or a name looked up in the shipped nomenclature. A code gives its entry in every version and
 * list that has it (name, level, parent, indikator and satuan of a sub kegiatan), or, when it does not exist, its
 * nearest existing parent and that parent's children; a name gives the entries whose names are closest.
 */
import { normalizeCode } from '../renja/codes.js';
import { JENIS, JENIS_LABEL, type Jenis, type Nomenklatur, type NomenklaturEntry } from './data.js';
import { closestNames } from './names.js';

export interface LookupHit {
  version: string;
  jenis: Jenis;
  entry: NomenklaturEntry;
  parent: NomenklaturEntry | null;
  /** Name queries: word overlap with the query (1 = same name). */
  score?: number;
}

export interface LookupResult {
  /** The query read as a canonical code, or null for a name query. */
  code: string | null;
  hits: LookupHit[];
  /** For a code that exists nowhere: its nearest existing ancestor per list, with some of that ancestor's children. */
  near: { version: string; jenis: Jenis; ancestor: NomenklaturEntry; children: NomenklaturEntry[] }[];
}

export interface LookupOptions {
  version?: string;
  jenis?: Jenis;
  /** Name queries: how many entries per list. */
  limit?: number;
}

const LEVELS = ['program', 'kegiatan', 'sub_kegiatan'] as const;
const MAX_CHILDREN = 12;

export function lookup(nom: Nomenklatur, query: string, opts: LookupOptions = {}): LookupResult {
  const lists = nom.versions
    .filter((v) => !opts.version || v.id === opts.version)
    .flatMap((v) => JENIS.filter((j) => !opts.jenis || j === opts.jenis).map((j) => nom.list(v.id, j)))
    .filter((l) => l !== undefined);
  const read = /^[\dXx][\dXx.\s]*$/.test(query.trim()) ? normalizeCode(query, { era: 'pmdn86-2017' }).code : null;
  if (read) {
    const hits: LookupHit[] = [];
    const near: LookupResult['near'] = [];
    for (const l of lists) {
      const entry = l.get(read);
      if (entry) {
        hits.push({
          version: l.version.id,
          jenis: l.jenis,
          entry,
          parent: entry.parent ? (l.get(entry.parent) ?? null) : null,
        });
        continue;
      }
      for (let p = parentOf(read); p; p = parentOf(p)) {
        const ancestor = l.get(p);
        if (!ancestor) continue;
        const children = l
          .atLevel(levelBelow(ancestor))
          .filter((e) => e.parent === ancestor.code)
          .sort((a, b) => (a.code < b.code ? -1 : 1))
          .slice(0, MAX_CHILDREN);
        near.push({ version: l.version.id, jenis: l.jenis, ancestor, children });
        break;
      }
    }
    return { code: read, hits, near };
  }
  const hits: LookupHit[] = [];
  for (const l of lists) {
    const candidates = LEVELS.flatMap((lv) => l.atLevel(lv));
    for (const m of closestNames(query, candidates, { limit: opts.limit ?? 5, min: 0.5 }))
      hits.push({
        version: l.version.id,
        jenis: l.jenis,
        entry: m.entry,
        parent: m.entry.parent ? (l.get(m.entry.parent) ?? null) : null,
        score: m.score,
      });
  }
  return { code: null, hits, near: [] };
}

function parentOf(code: string): string | null {
  const parts = code.split('.');
  if (parts.length <= 2) return null;
  // a kegiatan's parent is its program (`7.01.01.2.01` -> `7.01.01`)
  if (parts.length === 5) return parts.slice(0, 3).join('.');
  return parts.slice(0, -1).join('.');
}

function levelBelow(e: NomenklaturEntry): 'program' | 'kegiatan' | 'sub_kegiatan' {
  return e.level === 'bidang' ? 'program' : e.level === 'program' ? 'kegiatan' : 'sub_kegiatan';
}

const LEVEL_WORD: Record<string, string> = {
  urusan: 'urusan',
  bidang: 'bidang urusan',
  program: 'program',
  kegiatan: 'kegiatan',
  sub_kegiatan: 'sub kegiatan',
};

/** The result as an auditor reads it at the terminal (Indonesian; every line built here). */
export function formatLookup(query: string, r: LookupResult, nom: Nomenklatur): string {
  const lines: string[] = [];
  const where = (h: { version: string; jenis: Jenis }) => {
    const v = nom.version(h.version);
    return `nomenklatur ${h.version} (${v?.title ?? ''}), daftar ${JENIS_LABEL[h.jenis]}`;
  };
  if (r.code && r.hits.length) {
    for (const h of r.hits) {
      lines.push(`${h.entry.code}  ${LEVEL_WORD[h.entry.level] ?? h.entry.level}: ${h.entry.name}`);
      lines.push(`  ${where(h)}`);
      if (h.parent)
        lines.push(`  induk: ${LEVEL_WORD[h.parent.level] ?? h.parent.level} ${h.parent.code} ${h.parent.name}`);
      if (h.entry.indikator) lines.push(`  indikator: ${h.entry.indikator}`);
      if (h.entry.satuan) lines.push(`  satuan: ${h.entry.satuan}`);
      if (h.entry.generic) lines.push(`  (program penunjang X.XX.01 yang berlaku untuk setiap bidang)`);
    }
    return lines.join('\n') + '\n';
  }
  if (r.code) {
    lines.push(`${r.code}: tidak ada dalam nomenklatur yang dipilih`);
    for (const n of r.near) {
      lines.push(`  ${where(n)}: induk terdekat ${LEVEL_WORD[n.ancestor.level]} ${n.ancestor.code} ${n.ancestor.name}`);
      for (const c of n.children) lines.push(`    ${c.code}  ${c.name}`);
    }
    return lines.join('\n') + '\n';
  }
  if (!r.hits.length) return `"${query}": tidak ada nama yang mirip dalam nomenklatur yang dipilih\n`;
  for (const h of r.hits) {
    const pct = Math.round((h.score ?? 0) * 100);
    lines.push(`${h.entry.code}  ${LEVEL_WORD[h.entry.level] ?? h.entry.level}: ${h.entry.name}  [${pct} % mirip]`);
    lines.push(`  ${where(h)}${h.parent ? `; induk ${h.parent.code} ${h.parent.name}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
