// Reference reconciliation: the findings the audit rules must produce, computed from a generator's own
// document model (fixtures/renja/*.model.json, or an audit fixture's document built by
// scripts/audit-fixtures), never from the PDF or the product's code (nothing here imports src/).
//
// What each rule reports (severity, field, which tables it pairs) follows the README's "Rules" and
// "Outputs" sections; the data model here is the generator's: a table block with rows of cells, a
// row's role (data / indicator / aktivitas / total), codes as printed, money as printed (`1.234.000`,
// `-` nil, `#REF!` unreadable). Money is whole Rupiah (BigInt): every table of these fixtures prints
// full Rupiah, so no rounding tolerance applies.
//
// Hierarchy: a row's parent is the nearest row above it of a higher level (document order: the seed
// prints kegiatan 7.01.06.2.06 over sub kegiatan 7.01.06.2.01.xx), aktivitas rows belong to the sub
// kegiatan above them, indicator rows add an indikator/target to the coded row above them.
//
//   import { referenceFindings } from './reference-reconcile.mjs';
//   referenceFindings(model.blocks) -> [{ rule, severity, code, field, a, b, difference, why }]
//
// Each side: { table (CSV id), value (string), at: { model, row, col } | { prose: true } | null }:
// `at` says which model cell holds the value, so a caller can find its page in the rendered PDF.
import { cellText } from './renja-fixtures/seed-parse.mjs';
import { terbilangToBigInt } from './renja-fixtures/expected.mjs';

// ---------------------------------------------------------------- columns of the model tables (slot index)

/** Per CSV table id: the model table it is read from and the slot of each field. */
const VIEWS = {
  'TC31.awal': {
    model: 'TC31',
    code: 0,
    name: 1,
    lokasi: 2,
    indikator: 3,
    target: 4,
    pagu: 5,
    catatan: 11,
  },
  'TC31.hasil': {
    model: 'TC31',
    code: 0,
    name: 6,
    lokasi: 7,
    indikator: 8,
    target: 9,
    pagu: 10,
    catatan: 11,
  },
  TC33: {
    model: 'TC33',
    code: 0,
    name: 2,
    indikator: 3,
    aktivitas: 5,
    lokasi: 7,
    target: 8,
    pagu: 9,
    sumber_dana: 10,
    catatan: 11,
    pagu_maju: 13,
  },
  T41: { model: 'T41', code: 0, name: 1, lokasi: 2, indikator: 3, target: 4, pagu: 5 },
  // T-C.29 prints its code over five columns (`7 | 01 | 01 | 201 | 01`) and no money: duplicate codes only.
  TC29: { model: 'TC29', codeCols: [0, 1, 2, 3, 4], name: 5, indikator: 6 },
};

/** Tables that list the same rows and must agree row by row (a = planning table, b = the later one). */
export const ROW_PAIRS = [
  ['TC33', 'T41'],
  ['TC31.hasil', 'T41'],
  ['TC31.hasil', 'TC33'],
];
/** Tables whose grand totals must agree. */
export const TOTAL_PAIRS = [
  ['TC33', 'T41'],
  ['TC31.hasil', 'T41'],
];
const MONEY_FIELDS = ['pagu', 'pagu_maju'];
/** Fields value-mismatch compares, when both tables print them. */
const VALUE_FIELDS = ['pagu', 'pagu_maju', 'target', 'indikator', 'name', 'lokasi', 'sumber_dana'];
/** Fields awal-vs-hasil compares. */
const AWAL_FIELDS = ['pagu', 'target', 'indikator', 'name'];
const LEVEL_RANK = { program: 2, kegiatan: 3, sub_kegiatan: 4, aktivitas: 5 };

// ---------------------------------------------------------------- cells, codes, money, text, targets

/** Cells of a row by slot (a merged cell sits at its first slot; covered slots are absent). */
function slots(row) {
  const out = [];
  let k = 0;
  for (const c of row.cells) {
    out[k] = c;
    k += c.cs ?? 1;
  }
  return out;
}
/** A cell's text as the document says it (a forced break inside a word is no space). */
const textAt = (row, col) => {
  const c = col === undefined ? undefined : slots(row)[col];
  return c ? cellText(c).replace(/\s+/g, ' ').trim() : '';
};

/** Canonical code: `7.1.1` = `7.01.01`; sub kegiatan numbers in four digits; T-C.29's `201` = `2.01`. */
export function canonCode(parts) {
  let p = parts.filter((x) => x !== '');
  if (p.length === 4 && /^\d{3}$/.test(p[3])) p = [...p.slice(0, 3), p[3][0], p[3].slice(1), ...p.slice(4)];
  if (p.length === 5 && /^\d{3}$/.test(p[3])) p = [...p.slice(0, 3), p[3][0], p[3].slice(1), p[4]];
  if (!p.every((x) => /^\d+$/.test(x))) return null;
  if (p.length === 3) return [p[0], p[1].padStart(2, '0'), p[2].padStart(2, '0')].join('.');
  if (p.length === 5)
    return [p[0], p[1].padStart(2, '0'), p[2].padStart(2, '0'), p[3], p[4].padStart(2, '0')].join('.');
  if (p.length === 6)
    return [
      p[0],
      p[1].padStart(2, '0'),
      p[2].padStart(2, '0'),
      p[3],
      p[4].padStart(2, '0'),
      p[5].padStart(4, '0'),
    ].join('.');
  return null;
}
const LEVEL_OF_PARTS = { 3: 'program', 5: 'kegiatan', 6: 'sub_kegiatan' };

/**
 * Money as printed: { value: BigInt | null, invalid: raw | undefined }. Blank and `-` are nil (no
 * amount; equal to zero when compared); Indonesian dots group thousands.
 */
export function money(raw) {
  const t = raw
    .replace(/^Rp\.?\s*/i, '')
    .replace(/,-$/, '')
    .trim();
  if (t === '' || t === '-') return { value: null };
  if (/^\d{1,3}(\.\d{3})*$/.test(t)) return { value: BigInt(t.replace(/\./g, '')) };
  if (/^\d+$/.test(t)) return { value: BigInt(t) };
  return { value: null, invalid: raw };
}
const zeroIfNil = (v) => v ?? 0n;

/** Whitespace-collapsed text: equal here means the same text. */
const collapse = (s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
/** Case- and whitespace-insensitive form. */
const squash = (s) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
/** same / case-or-spacing (info) / different (warning), as the README's severities. */
function compareText(a, b) {
  if (collapse(a) === collapse(b)) return 'same';
  if (squash(a) === squash(b)) return 'case-or-spacing';
  return 'different';
}
/** A name without the level word or numbering some forms print before it. */
function bareName(name) {
  let n = name.trim();
  for (let i = 0; i < 2; i++) n = n.replace(/^(?:(?:program|kegiatan|sub\s*kegiatan)\s*:?\s+|\d{1,3}[.)]?\s+)/i, '');
  return squash(n);
}

/** `2 Dokumen` -> { qty: '2', percent: false, unit: 'dokumen' }; `100,00%` -> qty 100, percent. */
function parseTarget(raw) {
  const t = collapse(raw);
  const m = /^(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s*(%?)\s*(.*)$/.exec(t);
  if (!m) return { raw: t, qty: null };
  const n = m[1].replace(/\./g, '').replace(',', '.');
  const qty = String(Number(n));
  return { raw: t, qty, percent: m[2] === '%' || /^persen$/i.test(m[3]), unit: squash(m[3].replace(/^persen$/i, '')) };
}
/** same / unit-only (warning) / different (error). */
function compareTargets(a, b) {
  const x = parseTarget(a);
  const y = parseTarget(b);
  if (x.qty === null || y.qty === null) return squash(x.raw) === squash(y.raw) ? 'same' : 'different';
  if (x.qty !== y.qty || x.percent !== y.percent) return 'different';
  return x.unit === y.unit ? 'same' : 'unit-only';
}

// ---------------------------------------------------------------- the rows of one table view

/**
 * Rows of one view in document order: { i (model row), level, code, printed, name, lokasi, sumber_dana,
 * catatan, money: { pagu, pagu_maju }, indicators: [{ i, indikator, target }], parent, children }.
 * Also the printed total row (index) and the view's fields.
 */
function buildView(blocks, id) {
  const def = VIEWS[id];
  const table = blocks.find((b) => b.t === 'table' && b.id === def.model);
  if (!table) return null;
  const nodes = [];
  let total = null;
  let last = null; // last coded row (indicator rows attach to it)
  const stack = []; // open ancestors, by rank
  table.rows.forEach((row, i) => {
    if (row.role === 'total') {
      total = { i, money: Object.fromEntries(MONEY_FIELDS.map((f) => [f, money(textAt(row, def[f]))])) };
      return;
    }
    if (row.role === 'indicator') {
      if (last) last.indicators.push({ i, indikator: textAt(row, def.indikator), target: textAt(row, def.target) });
      return;
    }
    let level;
    let code = null;
    let printed = '';
    if (row.role === 'aktivitas') {
      if (def.aktivitas === undefined) return;
      level = 'aktivitas';
    } else if (row.role === 'data') {
      const parts = def.codeCols
        ? def.codeCols.map((k) => textAt(row, k))
        : textAt(row, def.code).replace(/\s+/g, '').split('.');
      printed = def.codeCols ? parts.filter(Boolean).join(' ') : textAt(row, def.code);
      code = canonCode(parts);
      if (!code) return;
      level = LEVEL_OF_PARTS[code.split('.').length];
    } else return;
    const n = {
      view: id,
      model: def.model,
      i,
      level,
      code,
      printed,
      name: textAt(row, level === 'aktivitas' ? def.aktivitas : def.name),
      lokasi: textAt(row, def.lokasi),
      sumber_dana: textAt(row, def.sumber_dana),
      catatan: textAt(row, def.catatan),
      money: Object.fromEntries(MONEY_FIELDS.map((f) => [f, money(textAt(row, def[f]))])),
      indicators: [],
      children: [],
      parent: null,
    };
    const own = { i, indikator: textAt(row, def.indikator), target: textAt(row, def.target) };
    if (level !== 'aktivitas' && (own.indikator || own.target)) n.indicators.push(own);
    const rank = LEVEL_RANK[level];
    while (stack.length && LEVEL_RANK[stack.at(-1).level] >= rank) stack.pop();
    n.parent = stack.at(-1) ?? null;
    if (n.parent) n.parent.children.push(n);
    stack.push(n);
    if (level !== 'aktivitas') last = n;
    nodes.push(n);
  });
  // the fields this form prints (a column in the model)
  const fields = new Set(
    [...VALUE_FIELDS, 'catatan'].filter((f) => def[f] !== undefined && (f !== 'sumber_dana' || def.sumber_dana)),
  );
  return { id, def, table, nodes, total, fields, roots: nodes.filter((n) => !n.parent) };
}

// ---------------------------------------------------------------- sides and findings

const cellSide = (view, node, field, value) => ({
  table: view.id,
  value: value === null || value === undefined ? '' : String(value),
  at: { model: view.def.model, row: node.i, col: view.def[field] ?? view.def.codeCols?.[0] },
});
const rowSide = (view, i, col, value) => ({
  table: view.id,
  value: value === null || value === undefined ? '' : String(value),
  at: { model: view.def.model, row: i, col },
});
const bare = (table, value = '') => ({ table, value: value === null ? '' : String(value), at: null });

function finding(rule, severity, code, field, a, b, why, money = false) {
  const difference =
    money && a.value !== '' && b && b.value !== '' ? (BigInt(b.value) - BigInt(a.value)).toString() : '';
  return { rule, severity, code: code ?? '', field, a, b, difference, why };
}

/** Sum of a field over nodes; `unreadable` counts invalid cells. */
function sumOf(nodes, field) {
  let value = 0n;
  let unreadable = 0;
  let any = false;
  for (const n of nodes) {
    const m = n.money[field];
    if (m.invalid !== undefined) unreadable++;
    if (m.value !== null) any = true;
    value += zeroIfNil(m.value);
  }
  return { value, unreadable, any };
}

/** The grand total of a view: the printed total row, else the sum of its top-level rows. */
function grandTotal(view, field) {
  if (view.def[field] === undefined) return null;
  const printed = view.total?.money[field];
  if (printed && printed.value !== null)
    return { value: printed.value, side: rowSide(view, view.total.i, view.def[field], printed.value) };
  const s = sumOf(view.roots, field);
  if (!s.any) return null;
  return { value: s.value, side: bare(view.id, s.value) };
}

// ---------------------------------------------------------------- matching rows of two views

/**
 * Pairs rows by level and canonical code at the levels both views list. A code printed several times
 * pairs rows of the same name first, then the rest in printed order; leftovers are missing rows.
 */
function match(va, vb) {
  const levels = new Set(va.nodes.map((n) => n.level).filter((l) => vb.nodes.some((m) => m.level === l)));
  levels.delete('aktivitas');
  const group = (v) => {
    const g = new Map();
    for (const n of v.nodes) {
      if (!levels.has(n.level) || !n.code) continue;
      const k = `${n.level}|${n.code}`;
      g.set(k, [...(g.get(k) ?? []), n]);
    }
    return g;
  };
  const ga = group(va);
  const gb = group(vb);
  const pairs = [];
  const onlyA = [];
  const onlyB = [];
  for (const [k, la] of ga) {
    const lb = gb.get(k) ?? [];
    const used = new Set();
    const leftA = [];
    for (const a of la) {
      const b =
        la.length === 1 && lb.length === 1 ? lb[0] : lb.find((x) => !used.has(x) && squash(x.name) === squash(a.name));
      if (b) {
        used.add(b);
        pairs.push([a, b]);
      } else leftA.push(a);
    }
    const leftB = lb.filter((x) => !used.has(x));
    leftA.forEach((a, i) => (leftB[i] ? pairs.push([a, leftB[i]]) : onlyA.push(a)));
    onlyB.push(...leftB.slice(leftA.length));
  }
  for (const [k, lb] of gb) if (!ga.has(k)) onlyB.push(...lb);
  const order = (v) => (x, y) => v.nodes.indexOf(x) - v.nodes.indexOf(y);
  pairs.sort((x, y) => order(va)(x[0], y[0]));
  onlyA.sort(order(va));
  onlyB.sort(order(vb));
  return { pairs, onlyA, onlyB };
}

// ---------------------------------------------------------------- field comparison of one pair

/** Levels of a view where some row prints a non-zero amount in `field`. */
function levelsWithAmounts(view, field) {
  return new Set(view.nodes.filter((n) => zeroIfNil(n.money[field].value) !== 0n).map((n) => n.level));
}

/** Differences between two printings of a row: [{ field, kind, a, b }], kind as the README's severities. */
function compareRows(va, vb, a, b, fields) {
  const out = [];
  for (const f of MONEY_FIELDS) {
    if (!fields.has(f)) continue;
    const ma = a.money[f];
    const mb = b.money[f];
    if (ma.invalid !== undefined || mb.invalid !== undefined) continue; // invalid-value reports them
    if (zeroIfNil(ma.value) === zeroIfNil(mb.value)) continue;
    // a form printing no amount at this level says nothing about it
    if (!levelsWithAmounts(va, f).has(a.level) || !levelsWithAmounts(vb, f).has(b.level)) continue;
    out.push({
      field: f,
      kind: 'money',
      a: cellSide(va, a, f, ma.value),
      b: cellSide(vb, b, f, mb.value),
      money: true,
    });
  }
  // indikator + target: a row's own indicator and its continuation rows, paired by text then in order
  const ia = a.indicators;
  const ib = b.indicators;
  if (ia.length && ib.length) {
    const used = new Set();
    const pairs = [];
    const leftA = [];
    for (const x of ia) {
      const y = ib.find((e) => !used.has(e) && squash(e.indikator) === squash(x.indikator));
      if (y) {
        used.add(y);
        pairs.push([x, y]);
      } else leftA.push(x);
    }
    const leftB = ib.filter((e) => !used.has(e));
    const n = Math.min(leftA.length, leftB.length);
    for (let i = 0; i < n; i++) pairs.push([leftA[i], leftB[i]]);
    for (const [x, y] of pairs) {
      if (fields.has('indikator') && x.indikator && y.indikator) {
        const c = compareText(x.indikator, y.indikator);
        if (c !== 'same')
          out.push({
            field: 'indikator',
            kind: c === 'case-or-spacing' ? 'text-case' : 'text',
            a: rowSide(va, x.i, va.def.indikator, x.indikator),
            b: rowSide(vb, y.i, vb.def.indikator, y.indikator),
          });
      }
      if (fields.has('target') && x.target && y.target) {
        const c = compareTargets(x.target, y.target);
        if (c !== 'same')
          out.push({
            field: 'target',
            kind: c === 'unit-only' ? 'target-unit' : 'target',
            a: rowSide(va, x.i, va.def.target, x.target),
            b: rowSide(vb, y.i, vb.def.target, y.target),
          });
      }
    }
    if (fields.has('indikator')) {
      for (const x of leftA.slice(n))
        out.push({
          field: 'indikator',
          kind: 'indicator-missing',
          a: rowSide(va, x.i, va.def.indikator, x.indikator),
          b: rowSide(vb, b.i, vb.def.indikator, ''),
        });
      for (const y of leftB.slice(n))
        out.push({
          field: 'indikator',
          kind: 'indicator-missing',
          a: rowSide(va, a.i, va.def.indikator, ''),
          b: rowSide(vb, y.i, vb.def.indikator, y.indikator),
        });
    }
  }
  for (const f of ['name', 'lokasi', 'sumber_dana']) {
    if (!fields.has(f)) continue;
    const ta = a[f];
    const tb = b[f];
    if (!ta || !tb) continue; // a blank cell is not compared
    if (f === 'name' && bareName(ta) === bareName(tb) && squash(ta) !== squash(tb)) continue;
    const c = compareText(ta, tb);
    if (c === 'same') continue;
    out.push({
      field: f,
      kind: c === 'case-or-spacing' ? 'text-case' : 'text',
      a: cellSide(va, a, f, ta),
      b: cellSide(vb, b, f, tb),
    });
  }
  return out;
}

const VALUE_SEVERITY = {
  money: 'error',
  target: 'error',
  'target-unit': 'warning',
  text: 'warning',
  'text-case': 'info',
  'indicator-missing': 'warning',
};

// ---------------------------------------------------------------- the rules

function valueMismatch(views) {
  const out = [];
  for (const [ida, idb] of ROW_PAIRS) {
    const va = views[ida];
    const vb = views[idb];
    if (!va || !vb) continue;
    const fields = new Set(VALUE_FIELDS.filter((f) => va.fields.has(f) && vb.fields.has(f)));
    for (const [a, b] of match(va, vb).pairs)
      for (const d of compareRows(va, vb, a, b, fields))
        out.push(
          finding(
            'value-mismatch',
            VALUE_SEVERITY[d.kind],
            a.code,
            d.field,
            d.a,
            d.b,
            `${d.field} differs (${d.kind})`,
            d.money,
          ),
        );
  }
  return out;
}

function awalVsHasil(views) {
  const va = views['TC31.awal'];
  const vb = views['TC31.hasil'];
  if (!va || !vb) return [];
  const out = [];
  for (const [a, b] of match(va, vb).pairs) {
    const catatan = b.catatan || a.catatan;
    for (const d of compareRows(va, vb, a, b, new Set(AWAL_FIELDS))) {
      const severity = catatan || d.kind === 'text-case' ? 'info' : 'warning';
      out.push(
        finding(
          'awal-vs-hasil',
          severity,
          a.code,
          d.field,
          d.a,
          d.b,
          catatan ? `changed, catatan: ${catatan}` : 'changed without a catatan penting',
          d.money,
        ),
      );
    }
  }
  return out;
}

function missingRow(views) {
  const out = [];
  /** Carries money: its own pagu or prakiraan maju, or a missing row folded under it. */
  const carries = (n, set) =>
    MONEY_FIELDS.some((f) => zeroIfNil(n.money[f].value) !== 0n) ||
    n.children.some((c) => set.has(c) && carries(c, set));
  const repeatsPaired = (n, paired) =>
    [...paired].some(
      (o) =>
        o !== n &&
        o.level === n.level &&
        o.code === n.code &&
        compareText(o.name, n.name) !== 'different' &&
        MONEY_FIELDS.every((f) => zeroIfNil(o.money[f].value) === zeroIfNil(n.money[f].value)) &&
        o.indicators.length === n.indicators.length &&
        o.indicators.every(
          (x, i) =>
            compareText(x.indikator, n.indicators[i].indikator) !== 'different' &&
            squash(x.target) === squash(n.indicators[i].target),
        ),
    );
  for (const [ida, idb] of ROW_PAIRS) {
    const va = views[ida];
    const vb = views[idb];
    if (!va || !vb) continue;
    const m = match(va, vb);
    const pairedA = new Set(m.pairs.map((p) => p[0]));
    const pairedB = new Set(m.pairs.map((p) => p[1]));
    const report = (from, other, list, paired, fromIsA) => {
      const rows = list.filter((n) => !repeatsPaired(n, paired));
      const set = new Set(rows);
      for (const n of rows) {
        if (n.parent && set.has(n.parent)) continue;
        const pagu = n.money.pagu.value;
        const present = cellSide(
          from,
          n,
          pagu !== null || n.money.pagu_maju.value === null ? 'pagu' : 'pagu_maju',
          pagu ?? n.money.pagu_maju.value,
        );
        const absent = bare(other.id);
        out.push(
          finding(
            'missing-row',
            carries(n, set) ? 'error' : 'warning',
            n.code,
            'row',
            fromIsA ? present : absent,
            fromIsA ? absent : present,
            `${n.level} ${n.code} is in ${from.id} but missing from ${other.id}`,
          ),
        );
      }
    };
    report(va, vb, m.onlyA, pairedA, true);
    report(vb, va, m.onlyB, pairedB, false);
  }
  return out;
}

function totalMismatch(views) {
  const out = [];
  for (const [ida, idb] of TOTAL_PAIRS) {
    const va = views[ida];
    const vb = views[idb];
    if (!va || !vb) continue;
    for (const f of MONEY_FIELDS) {
      const a = grandTotal(va, f);
      const b = grandTotal(vb, f);
      if (!a || !b || a.value === b.value) continue;
      out.push(
        finding(
          'total-mismatch',
          'error',
          '',
          f === 'pagu' ? 'total' : 'total_pagu_maju',
          a.side,
          b.side,
          'grand totals differ',
          true,
        ),
      );
    }
  }
  return out;
}

function declaredTotalMismatch(views) {
  const out = [];
  for (const v of Object.values(views)) {
    if (!v.total) continue;
    for (const f of MONEY_FIELDS) {
      if (v.def[f] === undefined) continue;
      const printed = v.total.money[f];
      if (printed.value === null) continue;
      const s = sumOf(v.roots, f);
      if (s.unreadable > 0 || !s.any || s.value === printed.value) continue;
      out.push(
        finding(
          'declared-total-mismatch',
          'error',
          '',
          f === 'pagu' ? 'total' : 'total_pagu_maju',
          rowSide(v, v.total.i, v.def[f], printed.value),
          bare(v.id, s.value),
          `printed total is not the sum of the ${v.roots.length} top-level rows`,
          true,
        ),
      );
    }
  }
  return out;
}

function rollupMismatch(views) {
  const out = [];
  for (const v of Object.values(views)) {
    for (const f of MONEY_FIELDS) {
      if (v.def[f] === undefined) continue;
      const parentLevels = new Set(
        v.nodes.filter((n) => n.children.length && zeroIfNil(n.money[f].value) !== 0n).map((n) => n.level),
      );
      for (const p of v.nodes) {
        const kids = p.children;
        if (!kids.length) continue;
        if (p.money[f].invalid !== undefined || kids.some((k) => k.money[f].invalid !== undefined)) continue;
        const s = sumOf(kids, f);
        if (!s.any) continue; // children not itemised
        const pv = p.money[f].value;
        if (zeroIfNil(pv) === s.value) continue;
        if (zeroIfNil(pv) === 0n && !parentLevels.has(p.level)) continue;
        // a child repeating an earlier sibling exactly (same code, name and amount) counted once
        const seen = new Set();
        let once = 0n;
        let repeats = 0;
        for (const k of kids) {
          const sig = `${k.level}|${k.code ?? ''}|${squash(k.name)}|${k.money[f].value ?? ''}`;
          if (seen.has(sig)) repeats++;
          else {
            seen.add(sig);
            once += zeroIfNil(k.money[f].value);
          }
        }
        const repeatExplains = repeats > 0 && zeroIfNil(pv) === once;
        out.push(
          finding(
            'rollup-mismatch',
            repeatExplains ? 'warning' : 'error',
            p.code,
            f,
            cellSide(v, p, f, pv),
            bare(v.id, s.value),
            `${p.level} ${p.code} is not the sum of its ${kids.length} ${kids[0].level} rows`,
            true,
          ),
        );
      }
    }
  }
  return out;
}

function duplicateCode(views) {
  const out = [];
  for (const v of Object.values(views)) {
    const groups = new Map();
    for (const n of v.nodes) {
      if (!n.code) continue;
      const k = `${n.level}|${n.code}`;
      groups.set(k, [...(groups.get(k) ?? []), n]);
    }
    for (const g of groups.values())
      for (const other of g.slice(1))
        out.push(
          finding(
            'duplicate-code',
            'warning',
            g[0].code,
            'code',
            cellSide(v, g[0], 'code', g[0].printed),
            cellSide(v, other, 'code', other.printed),
            `${v.id} prints ${g[0].level} code ${g[0].code} twice`,
          ),
        );
  }
  return out;
}

function invalidValue(views) {
  const out = [];
  const seen = new Set();
  for (const v of Object.values(views)) {
    for (const n of v.nodes)
      for (const f of MONEY_FIELDS) {
        const m = n.money[f];
        const key = `${v.def.model}|${n.i}|${v.def[f]}`;
        if (m.invalid === undefined || seen.has(key)) continue;
        seen.add(key);
        out.push(finding('invalid-value', 'error', n.code, f, cellSide(v, n, f, m.invalid), null, 'unreadable amount'));
      }
  }
  return out;
}

/** The amounts in words of the prose: { figure, words, allocation } per `Rp. X,- (… Rupiah)`. */
function proseAmounts(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.t !== 'p') continue;
    const text = b.runs.map((r) => r.s).join('');
    for (const m of text.matchAll(/Rp\.?\s*([\d.]+)\s*,-\s*\(([^)]*rupiah)\)/gi)) {
      out.push({
        figure: BigInt(m[1].replace(/\./g, '')),
        words: terbilangToBigInt(m[2]),
        allocation: /dialokasikan|jumlah\s+anggaran|total\s+anggaran|pagu\s+indikatif/i.test(text),
      });
    }
  }
  return out;
}

function terbilangMismatch(views, blocks) {
  const out = [];
  const prose = proseAmounts(blocks);
  const side = (value, figure) => ({ table: 'PROSE', value: String(value), at: { prose: true, figure } });
  for (const p of prose)
    if (p.figure !== p.words)
      out.push(
        finding(
          'terbilang-mismatch',
          'error',
          '',
          'terbilang',
          side(p.figure, p.figure),
          side(p.words, p.figure),
          'figure and words disagree',
          true,
        ),
      );
  const marked = prose.filter((p) => p.allocation);
  for (const p of marked.length ? marked : prose.length === 1 ? prose : []) {
    for (const id of ['T41', 'TC33']) {
      const v = views[id];
      const t = v && grandTotal(v, 'pagu');
      if (!t || t.value === p.figure) continue;
      out.push(
        finding(
          'terbilang-mismatch',
          'error',
          '',
          'allocated_total',
          side(p.figure, p.figure),
          t.side,
          `the allocated amount differs from the ${id} total`,
          true,
        ),
      );
    }
  }
  return out;
}

/** Every finding the rules must report for a document model (its `blocks`). */
export function referenceFindings(blocks) {
  const views = {};
  for (const id of Object.keys(VIEWS)) {
    const v = buildView(blocks, id);
    if (v && v.nodes.length) views[id] = v;
  }
  return [
    ...totalMismatch(views),
    ...valueMismatch(views),
    ...missingRow(views),
    ...awalVsHasil(views),
    ...rollupMismatch(views),
    ...declaredTotalMismatch(views),
    ...duplicateCode(views),
    ...terbilangMismatch(views, blocks),
    ...invalidValue(views),
  ];
}
