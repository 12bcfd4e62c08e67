// The "truth" of the clean audit fixture: a small, internally consistent plan taken from the
// seed model. Tabel 4.1 gives names, lokasi, indikator, targets and sub kegiatan pagu; T-C.33
// gives sasaran, formula and aktivitas. Parents are recomputed as the sum of their children,
// prakiraan maju is pagu x 1.1 (as the seed's T-C.33 mostly has it).
import { BRK, cellText } from '../renja-fixtures/seed-parse.mjs';
import { parseRp } from '../renja-fixtures/expected.mjs';

/** What the clean fixture lists: program -> kegiatan -> sub kegiatan, by T-C.33 code. */
export const SELECTION = [
  {
    code: '7.1.1',
    kegiatan: [
      { code: '7.01.01.2.01', subs: ['0001', '0002', '0003', '0006', '0007'] },
      { code: '7.01.01.2.02', subs: ['0004', '0005'] },
      { code: '7.01.01.2.03', subs: ['0005', '0006'] },
      { code: '7.01.01.2.08', subs: ['0001', '0002'] },
    ],
  },
  {
    code: '7.01.06',
    // the seed prints this kegiatan as 7.01.06.2.06 over sub kegiatan 7.01.06.2.01.xx; the clean
    // fixture uses one consistent code
    kegiatan: [{ code: '7.01.06.2.01', seedCode: '7.01.06.2.06', subs: ['0001', '0002'] }],
  },
];

/** Canonical code for matching seed rows: `7.1.1` = `7.01.01`, `...2.01.01` = `...2.01.0001`. */
export function canon(code) {
  const p = code.split('.');
  if (p.length === 3) return p.map((x, i) => (i === 0 ? x : x.padStart(2, '0'))).join('.');
  if (p.length === 6) p[5] = p[5].padStart(4, '0');
  return p.join('.');
}

const str = (c) => cellText(c);
const MAJU_NUM = 11n;
const MAJU_DEN = 10n;

function seedTable(model, id) {
  const t = model.blocks.find((b) => b.t === 'table' && b.id === id);
  if (!t) throw new Error(`seed model has no table ${id}`);
  return t;
}

/** Data rows of a seed table by canonical code, each with the rows that follow it up to the next coded row. */
function rowsByCode(table) {
  const m = new Map();
  let cur = null;
  for (const r of table.rows) {
    const code = str(r.cells[0]).trim();
    if (r.role === 'total') break;
    if (code) {
      cur = { row: r, after: [] };
      if (!m.has(canon(code))) m.set(canon(code), cur);
    } else if (cur) cur.after.push(r);
  }
  return m;
}

/** The raw seed cell when its text equals `text` (keeps the seed's forced breaks), else plain text. */
export function keepBreaks(seedCell, text) {
  return seedCell && str(seedCell) === text && seedCell.s.includes(BRK) ? seedCell.s : text;
}

/**
 * Builds the truth tree from the seed model. Each node: { level, code (canonical), printed
 * codes per table, name, sasaran, indikator, formula, target, lokasi, pagu (BigInt), maju,
 * indicators: [{indikator, formula, target}], children | aktivitas }.
 */
export function buildTruth(seedModel) {
  const t41 = rowsByCode(seedTable(seedModel, 'T41'));
  const tc33 = rowsByCode(seedTable(seedModel, 'TC33'));
  const tc31 = rowsByCode(seedTable(seedModel, 'TC31'));
  const get = (m, code, what) => {
    const r = m.get(canon(code));
    if (!r) throw new Error(`seed ${what} has no row ${code}`);
    return r;
  };
  const t41Of = (code) => get(t41, code, 'T41');
  const tc33Of = (code) => get(tc33, code, 'TC33');

  /** Fields shared by every level, from T41 (names, indikator, target) and T-C.33 (sasaran, formula). */
  function base(level, code, seedCode = code) {
    const a = t41Of(seedCode).row.cells;
    const b = tc33Of(seedCode).row.cells;
    return {
      level,
      code: canon(code),
      name: str(a[1]),
      lokasi: 'Kecamatan Pasirian',
      indikator: str(a[3]),
      target: str(a[4]),
      sasaran: str(b[1]),
      formula: str(b[4]),
      seed: { t41: a, tc33: b, tc31: tc31.get(canon(seedCode))?.row.cells ?? null },
    };
  }

  const programs = SELECTION.map((p) => {
    const prog = { ...base('program', p.code), printed: p.code, indicators: [] };
    // continuation indicator rows (T41 gives indikator and target, T-C.33 the formula)
    const t41After = t41Of(p.code).after.filter((r) => r.role === 'indicator');
    const tc33After = tc33Of(p.code).after.filter((r) => r.role === 'indicator');
    prog.indicators = t41After.map((r, i) => ({
      indikator: str(r.cells[3]),
      target: str(r.cells[4]),
      formula: tc33After[i] ? str(tc33After[i].cells[4]) : '',
      seed: { t41: r.cells },
    }));
    prog.children = p.kegiatan.map((k) => {
      const keg = { ...base('kegiatan', k.code, k.seedCode ?? k.code), printed: k.code };
      keg.children = k.subs.map((s) => {
        const code = `${k.code}.${s}`;
        const sub = { ...base('sub_kegiatan', code), printed: code };
        sub.pagu = parseRp(str(sub.seed.t41[5])) ?? 0n;
        // aktivitas: the seed's T-C.33 rows under this sub kegiatan, the last one taking the remainder
        const akt = tc33Of(code)
          .after.filter((r) => r.role === 'aktivitas' && parseRp(str(r.cells[9])))
          .map((r) => ({ name: str(r.cells[5]), prio: str(r.cells[6]) || '1', pagu: parseRp(str(r.cells[9])) }));
        const lead = akt.slice(0, -1).reduce((acc, x) => acc + x.pagu, 0n);
        if (akt.length && lead < sub.pagu) akt[akt.length - 1].pagu = sub.pagu - lead;
        sub.aktivitas = akt.length && lead < sub.pagu ? akt : [];
        for (const x of sub.aktivitas) x.maju = (x.pagu * MAJU_NUM) / MAJU_DEN;
        sub.maju = (sub.pagu * MAJU_NUM) / MAJU_DEN;
        return sub;
      });
      keg.pagu = keg.children.reduce((a, c) => a + c.pagu, 0n);
      keg.maju = keg.children.reduce((a, c) => a + c.maju, 0n);
      return keg;
    });
    prog.pagu = prog.children.reduce((a, c) => a + c.pagu, 0n);
    prog.maju = prog.children.reduce((a, c) => a + c.maju, 0n);
    return prog;
  });
  const total = programs.reduce((a, p) => a + p.pagu, 0n);
  const totalMaju = programs.reduce((a, p) => a + p.maju, 0n);
  for (const x of walk(programs)) {
    if (x.pagu % MAJU_DEN !== 0n) throw new Error(`${x.code}: pagu ${x.pagu} not a multiple of 10 (maju would round)`);
  }
  return { programs, total, totalMaju };
}

/** Every program, kegiatan and sub kegiatan in document order. */
export function* walk(programs) {
  for (const p of programs) {
    yield p;
    for (const k of p.children) {
      yield k;
      yield* k.children;
    }
  }
}

// ---------------------------------------------------------------- terbilang (figure -> words)

const ONES = ['', 'Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan', 'Sembilan', 'Sepuluh', 'Sebelas'];

function below1000(n) {
  const out = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 1) out.push('Seratus');
  else if (h > 1) out.push(`${ONES[h]} Ratus`);
  if (r === 0) return out;
  if (r < 12) out.push(ONES[r]);
  else if (r < 20) out.push(`${ONES[r - 10]} Belas`);
  else {
    out.push(`${ONES[Math.floor(r / 10)]} Puluh`);
    if (r % 10) out.push(ONES[r % 10]);
  }
  return out;
}

/** 83656000n -> `Delapan Puluh Tiga Juta Enam Ratus Lima Puluh Enam Ribu Rupiah` (Milyar, as Renja typists write it). */
export function terbilang(n) {
  const scales = ['', 'Ribu', 'Juta', 'Milyar', 'Triliun'];
  const groups = [];
  let x = n;
  while (x > 0n) {
    groups.push(Number(x % 1000n));
    x /= 1000n;
  }
  const words = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (!g) continue;
    if (i === 1 && g === 1) words.push('Seribu');
    else words.push(...below1000(g), ...(scales[i] ? [scales[i]] : []));
  }
  return `${words.join(' ')} Rupiah`;
}
