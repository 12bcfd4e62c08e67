// The deliberate discrepancies: one fixture per rule, each the clean document with one or two
// edits. For every fixture the expected findings are written out here from the edit and the
// rules' definitions (README of each rule in src/reconcile/rules), with every consequence an
// edit has on other checks; never from the tool's output.
import { cellText } from '../renja-fixtures/seed-parse.mjs';
import { fmtRp } from '../renja-fixtures/expected.mjs';
import { canon, terbilang } from './truth.mjs';
import { tableOf } from './document.mjs';

// Model columns of the three tables (see document.mjs).
export const COL = {
  T41: { code: 0, name: 1, lokasi: 2, indikator: 3, target: 4, pagu: 5 },
  TC33: { code: 0, name: 2, indikator: 3, lokasi: 7, target: 8, pagu: 9, catatan: 11, pagu_maju: 13 },
  TC31: {
    code: 0,
    awal: { name: 1, lokasi: 2, target: 4, pagu: 5 },
    hasil: { name: 6, lokasi: 7, target: 9, pagu: 10 },
    catatan: 11,
  },
};

// ---------------------------------------------------------------- rows and cells of the model

/** Row index in a model table: { code, nth } (canonical code), { aktivitas: name } or { total: true }. */
export function rowIndex(table, key) {
  const idx = [];
  table.rows.forEach((r, i) => {
    if (
      key.total
        ? r.role === 'total'
        : key.aktivitas
          ? r.role === 'aktivitas' && cellText(r.cells[5]) === key.aktivitas
          : r.role === 'data' && canon(cellText(r.cells[0]).trim()) === key.code
    )
      idx.push(i);
  });
  const i = idx[key.nth ?? 0];
  if (i === undefined) throw new Error(`${table.id}: no row ${JSON.stringify(key)}`);
  return i;
}

/** Column of a cell in a total row, whose first cell spans (`TOTAL`, cs 5): the model index of the slot. */
function cellAt(row, col) {
  let k = 0;
  for (const c of row.cells) {
    if (k === col) return c;
    k += c.cs ?? 1;
  }
  throw new Error(`no cell at column ${col}`);
}

function setCell(doc, id, key, col, to) {
  const t = tableOf(doc, id);
  const c = cellAt(t.rows[rowIndex(t, key)], col);
  const from = cellText(c);
  c.s = to;
  return { table: id, row: key, column: col, from, to };
}

function removeRow(doc, id, key) {
  const t = tableOf(doc, id);
  const i = rowIndex(t, key);
  const [r] = t.rows.splice(i, 1);
  return { table: id, row: key, removed: r.cells.map(cellText) };
}

/** Prints a row a second time right after itself (as a row repeated at a page break looks). */
function repeatRow(doc, id, key) {
  const t = tableOf(doc, id);
  const i = rowIndex(t, key);
  t.rows.splice(i + 1, 0, structuredClone(t.rows[i]));
  return { table: id, row: key, repeated: t.rows[i].cells.map(cellText) };
}

function setAllocationWords(doc, words) {
  const p = doc.blocks.find((b) => b.t === 'p' && b.runs.some((r) => /dialokasikan/.test(r.s)));
  const from = p.runs[3].s;
  p.runs[3].s = words;
  return { table: 'PROSE', row: 'allocation sentence', column: 'words', from, to: words };
}

// ---------------------------------------------------------------- sides of an expected finding

/** A side read from a table cell: CSV table id, where the row is in the model (for its page) and the value. */
const cell = (table, model, key, col, value, money = true) => ({ table, model, key, col, value: String(value), money });
/** A side with no cell (a computed sum, an absent row): no page. */
const bare = (table, value = '', money = true) => ({ table, value: String(value), money });
const prose = (value) => ({ table: 'PROSE', prose: true, value: String(value), money: true });

/** Node of the truth tree by canonical code. */
function node(truth, code) {
  for (const p of truth.programs) {
    if (p.code === code) return p;
    for (const k of p.children) {
      if (k.code === code) return k;
      for (const s of k.children) if (s.code === code) return s;
    }
  }
  throw new Error(`truth has no ${code}`);
}

// ---------------------------------------------------------------- the fixtures

export const FIXTURES = [
  {
    name: 'total-mismatch',
    summary:
      'T-C.33 JUMLAH (pagu) printed with two digits transposed; Tabel 4.1 TOTAL and the prose keep the true total.',
    apply(doc, truth) {
      const typo = truth.total + 9000n; // 83.656.000 -> 83.665.000
      return [{ ...setCell(doc, 'TC33', { total: true }, COL.TC33.pagu, fmtRp(typo)), value: typo }];
    },
    expected(truth) {
      const typo = truth.total + 9000n;
      const tot = { total: true };
      return [
        {
          rule: 'total-mismatch',
          severity: 'error',
          code: '',
          field: 'total',
          direct: true,
          a: cell('TC33', 'TC33', tot, COL.TC33.pagu, typo),
          b: cell('T41', 'T41', tot, COL.T41.pagu, truth.total),
          why: 'T-C.33 JUMLAH and Tabel 4.1 TOTAL now differ by Rp 9.000 (the T-C.31 hasil total still equals Tabel 4.1).',
        },
        {
          rule: 'declared-total-mismatch',
          severity: 'error',
          code: '',
          field: 'total',
          a: cell('TC33', 'TC33', tot, COL.TC33.pagu, typo),
          b: bare('TC33', truth.total),
          why: 'consequence: the printed JUMLAH is no longer the sum of the two program rows of T-C.33.',
        },
        {
          rule: 'terbilang-mismatch',
          severity: 'error',
          code: '',
          field: 'allocated_total',
          a: prose(truth.total),
          b: cell('TC33', 'TC33', tot, COL.TC33.pagu, typo),
          why: 'consequence: the 4.2 sentence states the true total, which the T-C.33 JUMLAH no longer equals.',
        },
      ];
    },
  },
  {
    name: 'declared-total-mismatch',
    summary: 'T-C.33 JUMLAH of the prakiraan maju (2025) column mistyped; nothing else prints that total.',
    apply(doc, truth) {
      return [setCell(doc, 'TC33', { total: true }, COL.TC33.pagu_maju, fmtRp(truth.totalMaju - 9000n))];
    },
    expected(truth) {
      return [
        {
          rule: 'declared-total-mismatch',
          severity: 'error',
          code: '',
          field: 'total_pagu_maju',
          direct: true,
          a: cell('TC33', 'TC33', { total: true }, COL.TC33.pagu_maju, truth.totalMaju - 9000n),
          b: bare('TC33', truth.totalMaju),
          why: 'the printed prakiraan maju JUMLAH is Rp 9.000 below the sum of the program rows; no other table has prakiraan maju, so no total-mismatch.',
        },
      ];
    },
  },
  {
    name: 'value-mismatch-target',
    summary: 'Tabel 4.1 target of one sub kegiatan changed (1 Dokumen -> 2 Dokumen).',
    apply(doc) {
      return [setCell(doc, 'T41', { code: '7.01.01.2.01.0002' }, COL.T41.target, '2 Dokumen')];
    },
    expected(truth) {
      const code = '7.01.01.2.01.0002';
      const was = node(truth, code).target;
      const key = { code };
      return [
        {
          rule: 'value-mismatch',
          severity: 'error',
          code,
          field: 'target',
          direct: true,
          a: cell('TC33', 'TC33', key, COL.TC33.target, was, false),
          b: cell('T41', 'T41', key, COL.T41.target, '2 Dokumen', false),
          why: 'T-C.33 and Tabel 4.1 list the same sub kegiatan with different targets.',
        },
        {
          rule: 'value-mismatch',
          severity: 'error',
          code,
          field: 'target',
          a: cell('TC31.hasil', 'TC31', key, COL.TC31.hasil.target, was, false),
          b: cell('T41', 'T41', key, COL.T41.target, '2 Dokumen', false),
          why: 'consequence: T-C.31 (hasil) is also compared with Tabel 4.1.',
        },
      ];
    },
  },
  {
    name: 'value-mismatch-pagu',
    summary: 'Tabel 4.1 pagu of one sub kegiatan mistyped (32.220.000 -> 32.202.000); its kegiatan row left as it was.',
    apply(doc) {
      return [setCell(doc, 'T41', { code: '7.01.01.2.08.0002' }, COL.T41.pagu, fmtRp(32202000n))];
    },
    expected(truth) {
      const code = '7.01.01.2.08.0002';
      const was = node(truth, code).pagu;
      const keg = node(truth, '7.01.01.2.08');
      const key = { code };
      return [
        {
          rule: 'value-mismatch',
          severity: 'error',
          code,
          field: 'pagu',
          direct: true,
          a: cell('TC33', 'TC33', key, COL.TC33.pagu, was),
          b: cell('T41', 'T41', key, COL.T41.pagu, 32202000n),
          why: 'T-C.33 and Tabel 4.1 price the same sub kegiatan differently.',
        },
        {
          rule: 'value-mismatch',
          severity: 'error',
          code,
          field: 'pagu',
          a: cell('TC31.hasil', 'TC31', key, COL.TC31.hasil.pagu, was),
          b: cell('T41', 'T41', key, COL.T41.pagu, 32202000n),
          why: 'consequence: T-C.31 (hasil) against Tabel 4.1.',
        },
        {
          rule: 'rollup-mismatch',
          severity: 'error',
          code: keg.code,
          field: 'pagu',
          a: cell('T41', 'T41', { code: keg.code }, COL.T41.pagu, keg.pagu),
          b: bare('T41', keg.pagu - was + 32202000n),
          why: 'consequence: the kegiatan row of Tabel 4.1 was not adjusted, so it is no longer the sum of its sub kegiatan.',
        },
      ];
    },
  },
  {
    name: 'missing-row',
    summary: 'One sub kegiatan row left out of Tabel 4.1; its kegiatan row keeps the full amount.',
    apply(doc) {
      return [removeRow(doc, 'T41', { code: '7.01.01.2.03.0006' })];
    },
    expected(truth) {
      const code = '7.01.01.2.03.0006';
      const sub = node(truth, code);
      const keg = node(truth, '7.01.01.2.03');
      const key = { code };
      return [
        {
          rule: 'missing-row',
          severity: 'error',
          code,
          field: 'row',
          direct: true,
          a: cell('TC33', 'TC33', key, COL.TC33.pagu, sub.pagu),
          b: bare('T41', '', false),
          why: 'the sub kegiatan (with money) is in T-C.33 but not in Tabel 4.1.',
        },
        {
          rule: 'missing-row',
          severity: 'error',
          code,
          field: 'row',
          a: cell('TC31.hasil', 'TC31', key, COL.TC31.hasil.pagu, sub.pagu),
          b: bare('T41', '', false),
          why: 'consequence: T-C.31 (hasil) lists it too.',
        },
        {
          rule: 'rollup-mismatch',
          severity: 'error',
          code: keg.code,
          field: 'pagu',
          a: cell('T41', 'T41', { code: keg.code }, COL.T41.pagu, keg.pagu),
          b: bare('T41', keg.pagu - sub.pagu),
          why: 'consequence: the kegiatan row of Tabel 4.1 still counts the missing sub kegiatan.',
        },
      ];
    },
  },
  {
    name: 'rollup-mismatch',
    summary:
      'T-C.33: one aktivitas pagu mistyped (its sub kegiatan keeps the true sum), and one kegiatan prakiraan maju mistyped (its program keeps the true sum).',
    apply(doc) {
      return [
        setCell(doc, 'TC33', { aktivitas: 'Pembayaran Internet' }, COL.TC33.pagu, fmtRp(9810000n)),
        setCell(doc, 'TC33', { code: '7.01.01.2.03' }, COL.TC33.pagu_maju, fmtRp(2892000n)),
      ];
    },
    expected(truth) {
      const sub = node(truth, '7.01.01.2.08.0002');
      const akt = sub.aktivitas.find((x) => x.name === 'Pembayaran Internet');
      const keg = node(truth, '7.01.01.2.03');
      const prog = node(truth, '7.01.01');
      return [
        {
          rule: 'rollup-mismatch',
          severity: 'error',
          code: sub.code,
          field: 'pagu',
          direct: true,
          a: cell('TC33', 'TC33', { code: sub.code }, COL.TC33.pagu, sub.pagu),
          b: bare('TC33', sub.pagu - akt.pagu + 9810000n),
          why: 'the sub kegiatan pagu is no longer the sum of its aktivitas (aktivitas are only in T-C.33, so nothing else changes).',
        },
        {
          rule: 'rollup-mismatch',
          severity: 'error',
          code: keg.code,
          field: 'pagu_maju',
          direct: true,
          a: cell('TC33', 'TC33', { code: keg.code }, COL.TC33.pagu_maju, 2892000n),
          b: bare('TC33', keg.maju),
          why: 'the kegiatan prakiraan maju is not the sum of its sub kegiatan.',
        },
        {
          rule: 'rollup-mismatch',
          severity: 'error',
          code: prog.code,
          field: 'pagu_maju',
          a: cell('TC33', 'TC33', { code: prog.code }, COL.TC33.pagu_maju, prog.maju),
          b: bare('TC33', prog.maju - keg.maju + 2892000n),
          why: 'consequence: the program prakiraan maju (unchanged) is no longer the sum of its kegiatan rows as printed.',
        },
      ];
    },
  },
  {
    name: 'duplicate-code',
    summary:
      'Tabel 4.1 prints the code of the next sub kegiatan on "Penyediaan Jasa Surat Menyurat" (7.01.01.2.08.02 instead of .01).',
    apply(doc) {
      return [setCell(doc, 'T41', { code: '7.01.01.2.08.0001' }, COL.T41.code, '7.01.01.2.08.02')];
    },
    expected(truth) {
      const s1 = node(truth, '7.01.01.2.08.0001');
      const code2 = '7.01.01.2.08.0002';
      const dup0 = { code: code2, nth: 0 };
      const dup1 = { code: code2, nth: 1 };
      return [
        {
          rule: 'duplicate-code',
          severity: 'warning',
          code: code2,
          field: 'code',
          direct: true,
          a: cell('T41', 'T41', dup0, COL.T41.code, '7.01.01.2.08.02', false),
          b: cell('T41', 'T41', dup1, COL.T41.code, '7.01.01.2.08.02', false),
          why: 'one sub kegiatan code printed on two rows of Tabel 4.1.',
        },
        {
          rule: 'missing-row',
          severity: 'error',
          code: s1.code,
          field: 'row',
          a: cell('TC33', 'TC33', { code: s1.code }, COL.TC33.pagu, s1.pagu),
          b: bare('T41', '', false),
          why: 'consequence: by code, 7.01.01.2.08.0001 no longer appears in Tabel 4.1.',
        },
        {
          rule: 'missing-row',
          severity: 'error',
          code: s1.code,
          field: 'row',
          a: cell('TC31.hasil', 'TC31', { code: s1.code }, COL.TC31.hasil.pagu, s1.pagu),
          b: bare('T41', '', false),
          why: 'consequence: same, against T-C.31 (hasil).',
        },
        {
          rule: 'missing-row',
          severity: 'error',
          code: code2,
          field: 'row',
          a: bare('TC33', '', false),
          b: cell('T41', 'T41', dup0, COL.T41.pagu, s1.pagu),
          why: 'consequence: the second Tabel 4.1 row coded .02 (the one whose name differs from T-C.33 .0002) has no partner in T-C.33.',
        },
        {
          rule: 'missing-row',
          severity: 'error',
          code: code2,
          field: 'row',
          a: bare('TC31.hasil', '', false),
          b: cell('T41', 'T41', dup0, COL.T41.pagu, s1.pagu),
          why: 'consequence: same, against T-C.31 (hasil).',
        },
      ];
    },
  },
  {
    name: 'terbilang-mismatch',
    summary: 'The amount in words of the 4.2 sentence has two words swapped; the figure still equals the totals.',
    apply(doc, truth) {
      const wrong = terbilang(truth.total + 9000n); // ... Enam Ratus Enam Puluh Lima Ribu ...
      return [{ ...setAllocationWords(doc, wrong), value: truth.total + 9000n }];
    },
    expected(truth) {
      return [
        {
          rule: 'terbilang-mismatch',
          severity: 'error',
          code: '',
          field: 'terbilang',
          direct: true,
          a: prose(truth.total),
          b: prose(truth.total + 9000n),
          why: 'the figure and its words disagree; the figure is what the allocation check uses, and it equals the table totals.',
        },
      ];
    },
  },
  {
    name: 'invalid-value',
    summary: 'A spreadsheet error (#REF!) printed in a Tabel 4.1 pagu cell.',
    apply(doc) {
      return [setCell(doc, 'T41', { code: '7.01.01.2.02.0005' }, COL.T41.pagu, '#REF!')];
    },
    expected() {
      const code = '7.01.01.2.02.0005';
      return [
        {
          rule: 'invalid-value',
          severity: 'error',
          code,
          field: 'pagu',
          direct: true,
          a: cell('T41', 'T41', { code }, COL.T41.pagu, '#REF!', false),
          b: null,
          why: 'an unreadable amount; comparisons and sums over that cell are skipped, so it is the only finding.',
        },
      ];
    },
  },
  {
    name: 'awal-vs-hasil',
    summary:
      'T-C.31: two rancangan-awal targets differ from the hasil analisis; one change explained in the catatan penting column, one not.',
    apply(doc) {
      return [
        setCell(doc, 'TC31', { code: '7.01.01.2.01.0007' }, COL.TC31.awal.target, '4 Dokumen'),
        setCell(doc, 'TC31', { code: '7.01.01.2.01.0007' }, COL.TC31.catatan, 'Target sesuai hasil evaluasi'),
        setCell(doc, 'TC31', { code: '7.01.01.2.03.0005' }, COL.TC31.awal.target, '10 laporan'),
      ];
    },
    expected(truth) {
      const c1 = '7.01.01.2.01.0007';
      const c2 = '7.01.01.2.03.0005';
      return [
        {
          rule: 'awal-vs-hasil',
          severity: 'info',
          code: c1,
          field: 'target',
          direct: true,
          a: cell('TC31.awal', 'TC31', { code: c1 }, COL.TC31.awal.target, '4 Dokumen', false),
          b: cell('TC31.hasil', 'TC31', { code: c1 }, COL.TC31.hasil.target, node(truth, c1).target, false),
          why: 'changed from rancangan awal to hasil analisis, with a catatan penting: info.',
        },
        {
          rule: 'awal-vs-hasil',
          severity: 'warning',
          code: c2,
          field: 'target',
          direct: true,
          a: cell('TC31.awal', 'TC31', { code: c2 }, COL.TC31.awal.target, '10 laporan', false),
          b: cell('TC31.hasil', 'TC31', { code: c2 }, COL.TC31.hasil.target, node(truth, c2).target, false),
          why: 'changed without a catatan penting: warning. T-C.31 awal is compared with no other table, so nothing else.',
        },
      ];
    },
  },
  // ---- further probes: the same rules in situations an auditor meets in real documents
  {
    name: 'value-mismatch-lokasi',
    summary: 'Tabel 4.1 lokasi of one sub kegiatan names a village instead of the kecamatan.',
    apply(doc) {
      return [setCell(doc, 'T41', { code: '7.01.06.2.01.0001' }, COL.T41.lokasi, 'Desa Bades')];
    },
    expected(truth) {
      const code = '7.01.06.2.01.0001';
      const was = node(truth, code).lokasi;
      const key = { code };
      return [
        {
          rule: 'value-mismatch',
          severity: 'warning',
          code,
          field: 'lokasi',
          direct: true,
          a: cell('TC33', 'TC33', key, COL.TC33.lokasi, was, false),
          b: cell('T41', 'T41', key, COL.T41.lokasi, 'Desa Bades', false),
          why: 'a text field (lokasi) differs between T-C.33 and Tabel 4.1: warning.',
        },
        {
          rule: 'value-mismatch',
          severity: 'warning',
          code,
          field: 'lokasi',
          a: cell('TC31.hasil', 'TC31', key, COL.TC31.hasil.lokasi, was, false),
          b: cell('T41', 'T41', key, COL.T41.lokasi, 'Desa Bades', false),
          why: 'consequence: T-C.31 (hasil) against Tabel 4.1.',
        },
      ];
    },
  },
  {
    name: 'missing-row-kegiatan',
    summary:
      'A whole kegiatan (with its two sub kegiatan) left out of Tabel 4.1; the program row keeps the full amount.',
    apply(doc) {
      return ['7.01.01.2.03', '7.01.01.2.03.0005', '7.01.01.2.03.0006'].map((code) => removeRow(doc, 'T41', { code }));
    },
    expected(truth) {
      const keg = node(truth, '7.01.01.2.03');
      const prog = node(truth, '7.01.01');
      const key = { code: keg.code };
      return [
        {
          rule: 'missing-row',
          severity: 'error',
          code: keg.code,
          field: 'row',
          direct: true,
          a: cell('TC33', 'TC33', key, COL.TC33.pagu, keg.pagu),
          b: bare('T41', '', false),
          why: 'the kegiatan is missing from Tabel 4.1; its sub kegiatan are folded into this one finding.',
        },
        {
          rule: 'missing-row',
          severity: 'error',
          code: keg.code,
          field: 'row',
          a: cell('TC31.hasil', 'TC31', key, COL.TC31.hasil.pagu, keg.pagu),
          b: bare('T41', '', false),
          why: 'consequence: same, against T-C.31 (hasil).',
        },
        {
          rule: 'rollup-mismatch',
          severity: 'error',
          code: prog.code,
          field: 'pagu',
          a: cell('T41', 'T41', { code: prog.code }, COL.T41.pagu, prog.pagu),
          b: bare('T41', prog.pagu - keg.pagu),
          why: 'consequence: the program row of Tabel 4.1 still counts the missing kegiatan.',
        },
      ];
    },
  },
  {
    name: 'duplicate-code-repeated-row',
    summary: 'Tabel 4.1 prints one sub kegiatan row twice, identically (as a row repeated after a page break).',
    apply(doc) {
      return [repeatRow(doc, 'T41', { code: '7.01.01.2.01.0006' })];
    },
    expected(truth) {
      const code = '7.01.01.2.01.0006';
      const sub = node(truth, code);
      const keg = node(truth, '7.01.01.2.01');
      return [
        {
          rule: 'duplicate-code',
          severity: 'warning',
          code,
          field: 'code',
          direct: true,
          a: cell('T41', 'T41', { code, nth: 0 }, COL.T41.code, '7.01.01.2.01.06', false),
          b: cell('T41', 'T41', { code, nth: 1 }, COL.T41.code, '7.01.01.2.01.06', false),
          why: 'the same code on two identical rows of Tabel 4.1.',
        },
        {
          rule: 'rollup-mismatch',
          severity: 'warning',
          code: keg.code,
          field: 'pagu',
          a: cell('T41', 'T41', { code: keg.code }, COL.T41.pagu, keg.pagu),
          b: bare('T41', keg.pagu + sub.pagu),
          why: 'consequence: summed as printed the kegiatan counts the repeated row twice; it matches when the repeat counts once, so warning, not error. The other tables list the row once and lack nothing, so no missing-row.',
        },
      ];
    },
  },
];
