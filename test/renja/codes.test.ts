import {
  codeDepth,
  isCodeLike,
  isPmdn90Code,
  joinSplitCode,
  normalizeCode,
  oldEraLevel,
  parentCode,
} from '../../src/renja/codes.js';
import { RecordWarningSchema } from '../../src/renja/schema.js';
import { levelFromName } from '../../src/renja/levels.js';

const kinds = (r: { warnings: { kind: string }[] }) => r.warnings.map((w) => w.kind);

describe('normalizeCode: 2017+ (Kepmendagri 050) codes', () => {
  // [printed, canonical, level, warning kinds]
  const cases: Array<[string, string, string, string[]]> = [
    ['7', '7', 'urusan', []],
    ['7.01', '7.01', 'bidang', []],
    ['7.1', '7.01', 'bidang', []],
    ['7.1.1', '7.01.01', 'program', []], // seed T-C.31 prints programs like this
    ['7.01.01', '7.01.01', 'program', []],
    ['X.XX.01', 'X.XX.01', 'program', []],
    ['x.xx.01', 'X.XX.01', 'program', []],
    ['7.01.01.2.01', '7.01.01.2.01', 'kegiatan', []],
    ['7.01.01.2.01.01', '7.01.01.2.01.0001', 'sub_kegiatan', []], // T-C.31 / T-C.33 2-digit form
    ['7.01.01.2.01.0001', '7.01.01.2.01.0001', 'sub_kegiatan', []], // T-4.1 4-digit form
    ['7.01.01.2.09.0009', '7.01.01.2.09.0009', 'sub_kegiatan', []],
    ['1.02.02.1.01.0012', '1.02.02.1.01.0012', 'sub_kegiatan', []],
    ['2.07.29', '2.07.29', 'program', []],
    ['7.01.01.2.01.0 3', '7.01.01.2.01.0003', 'sub_kegiatan', ['code-wrapped']], // seed line 583
    ['7.01.01.2.01.0\n3', '7.01.01.2.01.0003', 'sub_kegiatan', ['code-wrapped']],
    ['7.01.01.2.02.0 1', '7.01.01.2.02.0001', 'sub_kegiatan', ['code-wrapped']],
    ['7.01.01.2.01.000\n7', '7.01.01.2.01.0007', 'sub_kegiatan', ['code-wrapped']],
    ['7.01. 01.2.01', '7.01.01.2.01', 'kegiatan', ['code-wrapped']],
    ['7 01 01 201 03', '7.01.01.2.01.0003', 'sub_kegiatan', []], // T-C.29 columns read as one cell
    ['7 01 01 201', '7.01.01.2.01', 'kegiatan', []],
    ['7 1 1', '7.01.01', 'program', []],
    ['7 01 01 2.09 02', '7.01.01.2.09.0002', 'sub_kegiatan', ['code-odd-format']], // seed T-C.29
    ['7.01.01.201', '7.01.01.2.01', 'kegiatan', ['code-odd-format']],
    [' 7.01.01.2.01. ', '7.01.01.2.01', 'kegiatan', []],
  ];
  it.each(cases)('%j -> %s (%s)', (printed, code, level, expectedKinds) => {
    const r = normalizeCode(printed);
    expect(r.code).toBe(code);
    expect(r.level).toBe(level);
    expect(r.era).toBe('pmdn86-2017');
    expect(kinds(r)).toEqual(expectedKinds);
    for (const w of r.warnings) expect(RecordWarningSchema.safeParse(w).success).toBe(true);
  });

  it('the same code printed differently in different tables normalizes to one form', () => {
    const forms = ['7.01.01.2.01.03', '7.01.01.2.01.0003', '7.01.01.2.01.0 3', '7 01 01 201 03', '7.1.1.2.1.3'];
    const codes = new Set(forms.map((f) => normalizeCode(f).code));
    expect([...codes]).toEqual(['7.01.01.2.01.0003']);
    expect(joinSplitCode(['7', '01', '01', '201', '03']).code).toBe('7.01.01.2.01.0003');
  });
});

describe('normalizeCode: old-era (Permendagri 13/2006, 54/2010) codes', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['1.11 01 39 01', '1.11.01.39.01', 'kegiatan', []], // renja_DLH_2017 T-C.29
    ['1.11 01 39', '1.11.01.39', 'program', ['level-guessed']],
    ['1.11 01 103 238', '1.11.01.103.238', 'kegiatan', []],
    ['1.19.01.29', '1.19.01.29', 'program', ['level-guessed']], // Renja2016 (Kesbangpol)
    ['1.12.3', '1.12.03', 'program', []], // REVIEW_RENJA_Disnakertrans_2015
    ['1.14', '1.14', 'bidang', []],
    ['1 16 01 109', '1.16.01.109', 'program', ['level-guessed']],
    ['1.16.1.16.01.109', '1.16.01.109', 'program', ['level-guessed']], // SKPD's urusan.bidang repeated
    ['1.20.1.20.05.01.007', '1.20.05.01.07', 'kegiatan', []],
    ['2 07 29 01', '2.07.29.01', 'kegiatan', ['level-guessed']], // 2._RENJA_2016
  ];
  it.each(cases)('%j -> %s (%s)', (printed, code, level, expectedKinds) => {
    const r = normalizeCode(printed);
    expect(r.code).toBe(code);
    expect(r.level).toBe(level);
    expect(r.era).toBe('pmdn54-2010');
    expect(kinds(r)).toEqual(expectedKinds);
  });

  it('both printings of the same old-era code match', () => {
    expect(normalizeCode('1 16 01 109').code).toBe(normalizeCode('1.16.1.16.01.109').code);
  });

  it('era option overrides the guess', () => {
    expect(normalizeCode('1.12.3', { era: 'pmdn86-2017' })).toMatchObject({
      code: '1.12.03',
      level: 'program',
      era: 'pmdn86-2017',
    });
    expect(normalizeCode('2.07.29', { era: 'pmdn54-2010' })).toMatchObject({ code: '2.07.29', era: 'pmdn54-2010' });
    const forced = normalizeCode('1.11 01 39 01', { era: 'pmdn86-2017' });
    expect(forced.code).toBeNull();
    expect(kinds(forced)).toEqual(['code-unparsed']);
  });
});

describe('normalizeCode: not codes', () => {
  it.each(['X', 'X.2', 'X.1.4'])('%j is roman numbering (X = 10), not the shared-program urusan X', (printed) => {
    expect(normalizeCode(printed, { era: 'pmdn86-2017' }).code).toBeNull();
  });
  it('empty cell -> null without warning', () => {
    expect(normalizeCode('')).toEqual({ code: null, level: null, era: null, warnings: [] });
    expect(normalizeCode('  \n ')).toMatchObject({ code: null, warnings: [] });
  });
  it.each(['Kode', 'A.', '2.630.445.095', '7.01.01.3.01', '7.01.01.2.01.0000', '7.01.01.2.01.01.01.01.01'])(
    '%j -> code-unparsed',
    (printed) => {
      const r = normalizeCode(printed);
      expect(r.code).toBeNull();
      expect(r.level).toBeNull();
      expect(kinds(r)).toEqual(['code-unparsed']);
      expect(r.warnings[0].raw).toBe(printed);
    },
  );
  it.each(['12.34', '9.01', '53.1', '62.27'])(
    "%j -> the document's own program.ordinal numbering: a kegiatan without a code, not an error",
    (printed) => {
      const r = normalizeCode(printed);
      expect(r.code).toBeNull();
      expect(r.level).toBe('kegiatan');
      expect(kinds(r)).toEqual(['code-local']);
    },
  );
});

describe('joinSplitCode (T-C.29 five code columns)', () => {
  const cases: Array<[string[], string | null, string | null, string[]]> = [
    [['7', '1', '1', '', ''], '7.01.01', 'program', []],
    [['7', '01', '01', '201', ''], '7.01.01.2.01', 'kegiatan', []],
    [['7', '01', '01', '201', '03'], '7.01.01.2.01.0003', 'sub_kegiatan', []],
    [['7', '01', '01', '2.09', '02'], '7.01.01.2.09.0002', 'sub_kegiatan', ['code-odd-format']],
    [['7', '01', '03', '2.01', '01'], '7.01.03.2.01.0001', 'sub_kegiatan', ['code-odd-format']],
    [['7', '01', '01', '2.09', ''], '7.01.01.2.09', 'kegiatan', ['code-odd-format']],
    [['7', '01', '01', '201', '0 3'], '7.01.01.2.01.0003', 'sub_kegiatan', ['code-wrapped']],
    [[' 7 ', '01', '', '', ''], '7.01', 'bidang', []],
    [['', '', '', '', ''], null, null, []],
    [['7', '', '01', '201', '03'], null, null, ['code-local']], // blank unit cells: the form's layout
    [['7', '01', '01', 'abc', ''], null, null, ['code-unparsed']],
  ];
  it.each(cases)('%j -> %s', (parts, code, level, expectedKinds) => {
    const r = joinSplitCode(parts);
    expect(r.code).toBe(code);
    expect(r.level).toBe(level);
    expect(kinds(r)).toEqual(expectedKinds);
  });
});

describe('code helpers', () => {
  it.each([
    ['7.01.01.2.01.0003', '7.01.01.2.01'],
    ['7.01.01.2.01', '7.01.01'],
    ['7.01.01', '7.01'],
    ['7.01', '7'],
    ['7', null],
    ['X.XX.01', 'X.XX'],
    ['1.11.01.39.01', '1.11.01.39'],
    ['1.19.01.29', '1.19.01'],
  ])('parentCode(%s) = %s', (code, parent) => {
    expect(parentCode(code)).toBe(parent);
  });

  it('codeDepth counts dotted parts', () => {
    expect(codeDepth('7')).toBe(1);
    expect(codeDepth('7.01.01')).toBe(3);
    expect(codeDepth('7.01.01.2.01')).toBe(5);
    expect(codeDepth('7.01.01.2.01.0001')).toBe(6);
    expect(codeDepth('')).toBe(0);
  });

  it('isPmdn90Code', () => {
    expect(isPmdn90Code('7.01.01.2.01.0001')).toBe(true);
    expect(isPmdn90Code('7.01.01.2.01.01')).toBe(false);
    expect(isPmdn90Code('1.11.01.39.01')).toBe(false);
  });

  it('oldEraLevel reads depth 4 by the size of the third part', () => {
    expect(oldEraLevel('1.19.01.29')).toEqual({ level: 'program', guessed: true });
    expect(oldEraLevel('2.07.29.01')).toEqual({ level: 'kegiatan', guessed: true });
    expect(oldEraLevel('1.11.01.39.01')).toEqual({ level: 'kegiatan', guessed: false });
  });

  it.each([
    ['7.01.01.2.01', true],
    ['7.1.1', true],
    ['7.01.01.2.01.0 3', true],
    ['X.XX.01', true],
    ['1.11 01 39 01', true],
    ['7', false], // could be a row number
    ['12', false],
    ['2024', false],
    ['2.630.445.095', false],
    ['100%', false],
    ['1.', false],
    ['Kegiatan', false],
  ])('isCodeLike(%j) = %s', (text, expected) => {
    expect(isCodeLike(text)).toBe(expected);
  });

  it.each([
    ['Program Pengendalian Pencemaran', 'program'],
    ['PROGRAM PENUNJANG URUSAN', 'program'],
    ['Kegiatan Penilaian Dokumen Lingkungan Hidup', 'kegiatan'],
    ['Sub Kegiatan Penyediaan Gaji', 'sub_kegiatan'],
    ['URUSAN WAJIB', 'urusan'],
    ['Bidang Urusan Kesehatan', 'bidang'],
    ['BIDANG KETENAGAKERJAAN', 'bidang'],
    ['Penyediaan Gaji dan Tunjangan ASN', null],
  ])('levelFromName(%j) = %s', (name, level) => {
    expect(levelFromName(name)).toBe(level);
  });
});

describe('joinSplitCode: the document numbering its rows over several cells', () => {
  // BP3IPTEK 2017 T-C.29: program and kegiatan numbers spread over four cells
  it.each([[['3', '0', '0', '5']], [['6', '1', '0', '1']]])('%j is local numbering, not an invalid code', (cells) => {
    const r = joinSplitCode(cells);
    expect(r.code).toBeNull();
    expect(r.warnings.map((x) => x.kind)).toEqual(['code-local']);
  });
});
