/**
 * Which nomenclature version a document is checked against: the one for its plan year (the 2023 amendment for
 * 2024-2026, the SIPD update for 2027), or the one named by `--nomenklatur`. Without a plan year, the version that
 * knows most of the document's codes, if it knows most of them; otherwise none, with the reason in words.
 */
import type { Jenis, Nomenklatur, VersionInfo } from './data.js';

export type VersionChoice = { version: VersionInfo; how: string } | { version: null; why: string };

/** Share of the document's codes a version must know to be picked when the plan year is unknown. */
const MIN_KNOWN_SHARE = 0.5;

export function chooseVersion(
  nom: Nomenklatur,
  opts: { override?: string; planYear: number | null; codes: readonly string[]; jenis: Jenis },
): VersionChoice {
  if (opts.override) {
    const v = nom.version(opts.override);
    return v
      ? { version: v, how: `--nomenklatur ${v.id}` }
      : { version: null, why: `versi nomenklatur "${opts.override}" tidak dikenal (${ids(nom)})` };
  }
  if (opts.planYear !== null) {
    const v = nom.versionForYear(opts.planYear);
    if (v) return { version: v, how: `tahun rencana ${opts.planYear}` };
    return {
      version: null,
      why: `tidak ada versi nomenklatur untuk tahun rencana ${opts.planYear} (tersedia: ${covered(nom)})`,
    };
  }
  let best: { v: VersionInfo; share: number } | null = null;
  const codes = [...new Set(opts.codes)];
  for (const v of nom.versions) {
    const list = nom.list(v.id, opts.jenis);
    if (!list || codes.length === 0) continue;
    const share = codes.filter((c) => list.get(c)).length / codes.length;
    if (!best || share > best.share) best = { v, share };
  }
  if (best && best.share >= MIN_KNOWN_SHARE)
    return {
      version: best.v,
      how: `tahun rencana tidak terbaca; versi ${best.v.id} mengenal ${Math.round(best.share * 100)} % kode dokumen`,
    };
  return {
    version: null,
    why: 'tahun rencana tidak terbaca dan tidak ada versi nomenklatur yang mengenal sebagian besar kodenya (pilih dengan --nomenklatur)',
  };
}

function ids(nom: Nomenklatur): string {
  return nom.versions.map((v) => v.id).join(', ');
}

/** `2023 (2024-2026), sipd-2027 (2027)` */
export function covered(nom: Nomenklatur): string {
  return nom.versions
    .map((v) => {
      const ys = [...v.planYears].sort((a, b) => a - b);
      const span = ys.length > 1 ? `${ys[0]}-${ys[ys.length - 1]}` : String(ys[0]);
      return `${v.id} (${span})`;
    })
    .join(', ');
}
