import { catalogue, fill, findingText, LANGS, renderMessage, ui } from '../../src/i18n/index.js';
import type { Message, MessageKey, MessageParams } from '../../src/i18n/messages.js';
import { RuleIdSchema, SeveritySchema } from '../../src/reconcile/types.js';
import { TableIdSchema } from '../../src/renja/schema.js';
import { reconcile } from '../../src/reconcile/index.js';
import { seedLike } from '../helpers/records.js';

/** One set of parameters per message key: the test fails to compile when a key is added without one. */
const SAMPLES: { [K in MessageKey]: MessageParams[K] } = {
  'total-mismatch': {
    field: 'pagu',
    tableA: 'TC33',
    valueA: '2630445095',
    totalA: { source: 'printed' },
    tableB: 'T41',
    valueB: '2830445095',
    totalB: { source: 'computed', rows: 3, level: 'program' },
    difference: '200000000',
    sourcePart: null,
  },
  'value-mismatch': {
    field: 'name',
    row: '7.01.01.2.02.0001 Penyediaan Jasa',
    tableA: 'TC33',
    tableB: 'T41',
    detail: { kind: 'text', field: 'name', a: 'Komersia', b: 'Komersial', caseOnly: false },
  },
  'missing-row': {
    level: 'sub_kegiatan',
    row: '7.01.01.2.09.0009 X',
    pagu: '200000000',
    from: 'T41',
    other: 'TC33',
    under: 2,
  },
  'awal-vs-hasil': {
    field: 'pagu',
    row: '7.01.01 X',
    detail: { kind: 'money', a: '1000', b: '2000', roundingUnit: null },
    catatan: null,
  },
  'rollup-mismatch': {
    table: 'TC33',
    field: 'pagu',
    level: 'program',
    row: '7.01.01 X',
    value: null,
    children: 4,
    childLevel: 'kegiatan',
    sum: '5000',
    difference: '5000',
    roundingUnit: '1000',
    repeats: [],
    duplicates: [],
  },
  'declared-total-mismatch': {
    table: 'T41',
    field: 'pagu_maju',
    printed: '100',
    rows: 2,
    level: 'program',
    sum: '120',
    difference: '20',
    roundingUnit: null,
  },
  'duplicate-reprint': { table: 'T41', pages: [60, 61], repeated: 30, rows: 31, originalPages: [55, 56, 57] },
  'duplicate-number': { table: 'TC33', count: 2, level: 'kegiatan', number: '12', pages: [4, 5], names: ['A', 'B'] },
  'duplicate-code': {
    table: 'TC33',
    level: 'sub_kegiatan',
    code: '7.01.01.2.01.0001',
    pageA: 3,
    pageB: 4,
    diffs: [{ field: 'pagu_maju', a: '1', b: null }, { field: 'indikator' }],
  },
  'terbilang-words': { figureRaw: '2.000', figure: '2000', words: 'Tiga Ribu Rupiah', wordsValue: '3000' },
  'terbilang-allocation': {
    stated: '100',
    table: 'T41',
    total: '120',
    totalHow: { source: 'printed' },
    difference: '20',
  },
  'invalid-record': { table: 'TC33', row: '7.01 X', kind: 'money-spreadsheet-error', raw: '#REF!', detail: 'x' },
  'invalid-cell': { tableKind: 'OTHER', row: 3, col: 4, page: 9, text: '#DIV/0!' },
  'empty-column': { column: 'paguMaju', tableKind: 'TC33', pages: [42, 43, 44] },
  'unread-table': { caption: 'Tabel 2.3', pages: [7, 8], tableKind: 'OTHER', why: 'not-recognised', reason: null },
  'year-label': {
    where: 'caption',
    match: 'Tahun 2026',
    page: 12,
    year: 2026,
    impossible: false,
    role: 'maju',
    expected: { min: 2025, max: 2025 },
    plan: 2024,
    against: { where: 'column', match: 'Tahun 2025' },
    decidedBy: 'running head',
  },
  'unit-conflict': {
    table: 'TC33',
    column: 'pagu',
    pages: [42],
    kind: 'header-thousands-cells-rupiah',
    headerUnit: 1000,
    readUnit: 1,
    median: '150000000000',
    rows: 0,
    sample: { raw: '150.000.000', page: 42, row: '7.01.01', otherColumn: null, otherRaw: null },
  },
  'note-covered': { gap: '200', covered: '150', full: false, ofTotal: true },
  'note-own-figure': { gap: '200' },
  'note-total-own-figure': {},
  'note-missing': { from: 'TC33' },
  'note-values': { tableA: 'TC31.hasil', valueA: '7000000', tableB: 'T41', valueB: null },
  'ocr-uncertain': {
    base: { key: 'note-values', params: { tableA: 'TC33', valueA: '7822000', tableB: 'T41', valueB: '7922000' } },
    baseText: 'TC33 Rp 7.822.000, Tabel 4.1 Rp 7.922.000',
    rule: 'value-mismatch',
    a: { table: 'TC33', kind: 'cell', total: false, rows: 1, level: 'sub_kegiatan', value: '7822000', confidence: 61 },
    b: { table: 'T41', kind: 'cell', total: false, rows: 1, level: 'sub_kegiatan', value: '7922000', confidence: 96 },
    suspect: 'a',
    witnesses: [
      {
        table: 'TC31.hasil',
        kind: 'cell',
        total: false,
        rows: 1,
        level: 'sub_kegiatan',
        value: '7922000',
        confidence: null,
      },
      { table: 'T41', kind: 'sum', total: false, rows: 2, level: 'aktivitas', value: '7922000', confidence: 70 },
    ],
  },
  'ocr-read': {
    base: null,
    baseText: 'as written',
    confidence: [95, 96],
    confirmed: [
      {
        reading: {
          table: 'TC33',
          kind: 'cell',
          total: true,
          rows: 1,
          level: 'total',
          value: '2630445095',
          confidence: 95,
        },
        by: [
          { table: 'TC33', kind: 'sum', total: true, rows: 3, level: 'program', value: '2630445095', confidence: 90 },
        ],
      },
    ],
  },
};

describe('catalogues', () => {
  const id = catalogue('id');
  const en = catalogue('en');

  it('have the same interface keys in both languages, none empty', () => {
    expect(Object.keys(id.ui).sort()).toEqual(Object.keys(en.ui).sort());
    for (const lang of LANGS)
      for (const [k, v] of Object.entries(catalogue(lang).ui))
        expect(`${lang}.${k}=${v.trim() ? 'ok' : ''}`).toMatch(/=ok$/);
  });

  it('name every rule, severity and table in both languages; the rule ids stay identifiers', () => {
    for (const c of [id, en]) {
      expect(Object.keys(c.rule).sort()).toEqual([...RuleIdSchema.options].sort());
      expect(Object.keys(c.ruleHelp).sort()).toEqual([...RuleIdSchema.options].sort());
      expect(Object.keys(c.severity).sort()).toEqual([...SeveritySchema.options].sort());
      expect(Object.keys(c.table).sort()).toEqual([...TableIdSchema.options].sort());
    }
    expect(id.severity).toEqual({ error: 'Kesalahan', warning: 'Peringatan', info: 'Informasi' });
    expect(id.rule['total-mismatch']).not.toBe(en.rule['total-mismatch']);
  });

  it('render every message key in both languages, differently, without holes', () => {
    expect(Object.keys(id.messages).sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(Object.keys(en.messages).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const key of Object.keys(SAMPLES) as MessageKey[]) {
      const m = { key, params: SAMPLES[key] } as Message;
      const textId = renderMessage(m, 'id');
      const textEn = renderMessage(m, 'en');
      expect(`${key}: ${textId}`).not.toMatch(/undefined|\[object|NaN|null/);
      expect(`${key}: ${textEn}`).not.toMatch(/undefined|\[object|NaN|null/);
      expect(textId).not.toBe(textEn);
    }
  });

  it('names every kind of unreadable value in Indonesian words, never by its identifier', () => {
    const kinds = [
      'money-unparseable',
      'money-spreadsheet-error',
      'money-ambiguous',
      'money-negative',
      'money-implausible',
      'money-unit-conflict',
      'money-odd-format',
      'code-unparsed',
      'target-unparsed',
    ];
    for (const kind of kinds) {
      const m = { key: 'invalid-record', params: { ...SAMPLES['invalid-record'], kind } } as Message;
      expect(renderMessage(m, 'id')).not.toContain(kind);
    }
  });

  it('writes a finding as an Inspektorat would, with Rupiah amounts', () => {
    const m = { key: 'total-mismatch', params: SAMPLES['total-mismatch'] } as Message;
    expect(renderMessage(m, 'id')).toBe(
      'Total pagu berbeda: T-C.33 Rp 2.630.445.095 (baris jumlah tercetak) dan Tabel 4.1 Rp 2.830.445.095 ' +
        '(jumlah 3 baris program, tanpa baris jumlah tercetak), selisih Rp 200.000.000',
    );
    expect(renderMessage(m, 'en')).toBe(
      'total pagu differs: T-C.33 Rp 2.630.445.095 (printed total row) vs Tabel 4.1 Rp 2.830.445.095 ' +
        '(sum of 3 program rows (no printed total)), difference Rp 200.000.000',
    );
    const missing = { key: 'missing-row', params: SAMPLES['missing-row'] } as Message;
    expect(renderMessage(missing, 'id')).toBe(
      'Sub kegiatan 7.01.01.2.09.0009 X (pagu Rp 200.000.000) tercantum di Tabel 4.1 tetapi tidak ada di T-C.33 ' +
        '(beserta 2 baris di bawahnya)',
    );
  });

  it('renders the findings of a reconciliation in the chosen language; the English stays in `message`', () => {
    const ds = reconcile(seedLike());
    const missing = ds.find((d) => d.rule === 'missing-row')!;
    expect(missing.msg?.key).toBe('missing-row');
    expect(findingText(missing, 'en')).toBe(missing.message);
    expect(findingText(missing, 'id')).toMatch(
      /^Sub kegiatan 7\.01\.01\.2\.09\.0009 .* tercantum di Tabel 4\.1 tetapi tidak ada di T-C\.33$/,
    );
    // a finding written as plain text (no key) is shown as written
    expect(findingText({ message: 'as written' }, 'id')).toBe('as written');
  });

  it('fills interface strings', () => {
    expect(fill('{n} dari {total} temuan', { n: 3, total: 9 })).toBe('3 dari 9 temuan');
    expect(fill('{x} stays', {})).toBe('{x} stays');
    expect(ui(id, 'pageShort', { n: 53 })).toBe('hlm. 53');
    expect(ui(en, 'pageShort', { n: 53 })).toBe('p. 53');
  });
});
