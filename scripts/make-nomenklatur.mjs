#!/usr/bin/env node
// Builds data/nomenklatur.json.gz, the official program / kegiatan / sub kegiatan nomenclature the `nomenclature`
// rule and `renja kode` read, from the machine-readable copies in ../shared/reference/nomenklatur (see its README).
//
//   node scripts/make-nomenklatur.mjs [SOURCE_DIR]      (default ../shared/reference/nomenklatur)
//
// Compact on purpose: the generic support program `X.XX.01.*` is stored once (the reader puts each bidang of the
// list in place of `X.XX`, as the 2023 source's own `#expanded-from` rows do), rows carry only code, name and, for
// sub kegiatan, indikator and satuan. Every version records its source files (repository, path, commit), the
// regulation it follows and the date this file was made. The output is deterministic for the same input (gzip
// without a timestamp), so a re-run that changes nothing leaves git clean.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.resolve(process.argv[2] ?? path.join(REPO, '../shared/reference/nomenklatur'));
const OUT = path.join(REPO, 'data/nomenklatur.json.gz');

/** RFC 4180 CSV (quoted fields with commas, doubled quotes, line breaks inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [head, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

const read = (file) => parseCsv(fs.readFileSync(path.join(SRC, file), 'utf8'));
const tidy = (s) => s.replace(/\s+/g, ' ').trim();
const LEVELS = new Set(['urusan', 'bidang', 'program', 'kegiatan', 'sub_kegiatan']);

/** The official parent of a code: a kegiatan belongs to its program, anything else drops its last part. */
function parentOf(code) {
  const p = code.split('.');
  if (p.length === 5) return p.slice(0, 3).join('.');
  return p.length > 1 ? p.slice(0, -1).join('.') : '';
}

/** Rows of one list: [code, name] or, for sub kegiatan with metadata, [code, name, indikator, satuan]. */
function listRows(rows, meta) {
  const out = [];
  const seen = new Set();
  const sources = new Map();
  for (const r of rows) {
    if (!LEVELS.has(r.level)) continue;
    if (r.source_path.includes('#expanded-from=')) continue; // the reader expands X.XX itself
    if (seen.has(r.code)) throw new Error(`${r.code}: twice in one list`);
    if (r.parent_code !== parentOf(r.code) && r.level !== 'urusan')
      throw new Error(`${r.code}: parent ${r.parent_code}, expected ${parentOf(r.code)}`);
    seen.add(r.code);
    const m = meta?.get(r.code);
    const row = [r.code, tidy(r.name)];
    if (m && (m.indikator || m.satuan)) row.push(tidy(m.indikator), tidy(m.satuan));
    out.push(row);
    const key = `${r.source_repo}|${r.source_path.replace(/#.*$/, '')}|${r.source_commit}`;
    sources.set(key, (sources.get(key) ?? 0) + 1);
  }
  out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const src = [...sources].map(([k, rows]) => {
    const [repo, p, commit] = k.split('|');
    return { repo, path: p, commit, rows };
  });
  return { rows: out, sources: src };
}

function main() {
  const v2023 = read('nomenklatur.csv');
  const meta2023 = new Map(read('nomenklatur_subkegiatan_meta.csv').map((r) => [r.code, r]));
  const v2027 = read('nomenklatur_sipd_pemutakhiran_2027.csv');
  const today = new Date().toISOString().slice(0, 10);

  const kab2023 = listRows(v2023, meta2023);
  const byJenis = (j) => {
    const rows = v2027.filter((r) => r.jenis_pemda === j);
    return listRows(rows, new Map(rows.map((r) => [r.code, r])));
  };
  const data = {
    format: 1,
    made: today,
    by: 'scripts/make-nomenklatur.mjs',
    from: 'shared/reference/nomenklatur (machine-readable copies of the Kepmendagri lists; see its README)',
    note:
      'Generic support program rows X.XX.01.* are stored once: put each bidang code of the same list in place of ' +
      'X.XX. Rows: [code, name] or [code, name, indikator, satuan] for sub kegiatan.',
    versions: [
      {
        id: '2023',
        title: 'Kepmendagri 050-5889/2021 diubah Kepmendagri 900.1.15.5-1317/2023',
        planYears: [2024, 2025, 2026],
        lists: {
          kabkota: { file: 'nomenklatur.csv, nomenklatur_subkegiatan_meta.csv', ...kab2023 },
        },
      },
      {
        id: 'sipd-2027',
        title: 'Pemutakhiran nomenklatur SIPD TA 2027 (ekspor Januari 2026)',
        planYears: [2027],
        lists: {
          kabkota: { file: 'nomenklatur_sipd_pemutakhiran_2027.csv (KABKOT)', ...byJenis('KABKOT') },
          provinsi: { file: 'nomenklatur_sipd_pemutakhiran_2027.csv (PROV)', ...byJenis('PROV') },
        },
      },
    ],
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const json = JSON.stringify(data);
  const gz = zlib.gzipSync(Buffer.from(json), { level: 9 });
  // gzip header bytes 4-7 hold a timestamp; Node writes 0 there, so the file is stable. Keep `made` stable too.
  if (fs.existsSync(OUT)) {
    const old = JSON.parse(zlib.gunzipSync(fs.readFileSync(OUT)).toString('utf8'));
    if (JSON.stringify({ ...old, made: today }) === json) {
      console.log(`${path.relative(REPO, OUT)}: unchanged (made ${old.made})`);
      return;
    }
  }
  fs.writeFileSync(OUT, gz);
  for (const v of data.versions)
    for (const [j, l] of Object.entries(v.lists)) console.log(`${v.id} ${j}: ${l.rows.length} rows`);
  console.log(`${path.relative(REPO, OUT)}: ${gz.length} bytes (${json.length} bytes of JSON)`);
}

main();
