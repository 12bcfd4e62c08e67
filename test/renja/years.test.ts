import { extractRenja } from '../../src/renja/extract.js';
import { reconcile } from '../../src/reconcile/index.js';
import { decidePlanYear, runningHeadLabels, tableYearLabels } from '../../src/renja/years.js';
import type { YearLabel } from '../../src/renja/schema.js';
import { makeTable } from '../helpers/tables.js';

/** A T-C.33 with column groups `Rencana Tahun <plan>` and `Prakiraan Maju Rencana Tahun <maju>`. */
function tc33(opts: { page: number; caption: string[]; plan: number; maju: number; rows?: string[][]; id?: string }) {
  const header = [
    [
      'Kode',
      'Program/Kegiatan',
      'Indikator',
      `Rencana Tahun ${opts.plan}`,
      '<',
      '<',
      `Prakiraan Maju Rencana Tahun ${opts.maju}`,
      '<',
    ],
    ['^', '^', '^', 'Lokasi', 'Target', 'Pagu Indikatif (Rp)', 'Target', 'Pagu Indikatif (Rp)'],
  ];
  const rows = opts.rows ?? [
    ['1.01.01', 'Program Pelayanan Administrasi', 'Persentase', 'Kab', '100 %', '30.000.000', '100 %', '33.000.000'],
    ['1.01.01.01', 'Penyediaan Jasa Surat', 'Jumlah surat', 'Kab', '12 bln', '10.000.000', '12 bln', '11.000.000'],
    ['1.01.01.02', 'Penyediaan Alat Tulis', 'Jumlah ATK', 'Kab', '12 bln', '20.000.000', '12 bln', '22.000.000'],
  ];
  return makeTable([...header, ...rows], {
    headerRows: 2,
    page: opts.page,
    captionLines: opts.caption,
    id: opts.id,
  });
}

/** Page texts with a running foot on every page. */
function pages(n: number, foot: string, extra: Record<number, string> = {}): Map<number, string> {
  return new Map(Array.from({ length: n }, (_, i) => [i + 1, [extra[i + 1] ?? '', `${foot} | ${i + 1}`].join('\n')]));
}

const yearFindings = (x: ReturnType<typeof extractRenja>) => reconcile(x).filter((d) => d.rule === 'year-label');

describe('plan year and year labels', () => {
  it('decides the plan year by a vote over kinds of source, ties to the running head', () => {
    const l = (where: YearLabel['where'], role: YearLabel['role'], year: number, page = 1): YearLabel => ({
      page,
      tableRef: null,
      tableKind: null,
      where,
      role,
      year,
      minOffset: role === 'maju' ? 1 : 0,
      maxOffset: role === 'maju' ? 1 : 0,
      text: '',
      match: `${role} ${year}`,
    });
    // caption and running head say 2016, the column groups 2017/2018: 2016 wins three kinds to two
    const a = decidePlanYear([
      l('running-head', 'plan', 2016),
      l('caption', 'plan', 2016),
      l('caption', 'maju', 2017),
      l('column', 'plan', 2017),
      l('column', 'maju', 2018),
    ]);
    expect(a.year).toBe(2016);
    expect(a.decidedBy).toMatch(/^3 of 5 sources/);
    // a running head against one caption: the running head
    expect(decidePlanYear([l('running-head', 'plan', 2016), l('caption', 'rkpd', 2015)]).year).toBe(2016);
    // within a kind the latest year votes (a stale copy is older than the document)
    expect(decidePlanYear([l('caption', 'rkpd', 2016), l('caption', 'rkpd', 2013, 9)]).year).toBe(2016);
    expect(decidePlanYear([]).year).toBeNull();
  });

  it('reads running heads only when they repeat over the pages', () => {
    const heads = runningHeadLabels(pages(10, 'Rencana Kerja Dinas Peternakan Provinsi Jawa Barat Tahun 2016'));
    expect(heads.map((h) => [h.year, h.page])).toEqual([[2016, 1]]);
    // a sentence naming a Renja once is prose, not a running head
    const once = new Map([
      [3, 'pelaksanaan Renja Tahun 2014 dievaluasi'],
      [4, 'lain'],
    ]);
    expect(runningHeadLabels(once)).toEqual([]);
    // a chapter title about the evaluated year repeats too, but states no plan year
    expect(runningHeadLabels(pages(10, 'Evaluasi Pelaksanaan Rencana Kerja BP3IPTEK Tahun 2015'))).toEqual([]);
    // a head set on two lines (admbang 2017: `Renja Biro Pengendalian Pembangunan` over `Tahun 2017`)
    const head = (i: number): [number, string] => [
      i,
      `Renja Biro Pengendalian Pembangunan\n   Tahun 2017\nisi ${i}\n${i}`,
    ];
    const twoLines = runningHeadLabels(new Map(Array.from({ length: 10 }, (_, i) => head(i + 1))));
    expect(twoLines.map((h) => [h.year, h.match])).toEqual([[2017, 'Renja Biro Pengendalian Pembangunan Tahun 2017']]);
  });

  it('reads T-C.29 evaluation columns relative to n, and leaves T-C.30 year columns alone', () => {
    const base = { tableRef: 't', pages: [13], captionLines: [] };
    const cells = (texts: string[]) => texts.map((text) => ({ text, page: 13 }));
    const tc29 = tableYearLabels(
      {
        ...base,
        kind: 'TC29',
        headerCells: cells([
          'Realisasi Target Kinerja Hasil Program s/d Tahun 2013 (n-3)',
          'Target Renja OPD tahun 2015 (n-2)',
          'Realisasi Capaian s/d tahun berjalan (tahun 2016)',
          'Target Kinerja Capaian Program (Renstra OPD) Tahun 2013 s.d 2018',
          'Target Capaian Program (Renstra SKPD ) s/d Tahun 2018',
        ]),
      },
      new Map(),
    );
    expect(tc29.map((l) => [l.role, l.year, l.minOffset, l.maxOffset])).toEqual([
      ['relative', 2013, -3, -3],
      ['relative', 2015, -2, -2],
      ['berjalan', 2016, -1, -1],
    ]);
    const tc30 = tableYearLabels({ ...base, kind: 'TC30', headerCells: cells(['Tahun 2016 (thn n)']) }, new Map());
    expect(tc30).toEqual([]);
  });

  it('year-label: a prakiraan maju that is the plan year itself (caption and column group)', () => {
    const t = tc33({
      page: 91,
      caption: ['Rumusan Rencana Program dan Kegiatan Tahun 2016', 'Dan Prakiraan Maju Tahun 2016'],
      plan: 2016,
      maju: 2016,
    });
    const x = extractRenja('d', 'd.pdf', [t], pages(95, 'Rencana Kerja Badan Ketahanan Pangan Tahun 2016'));
    expect(x.planYear?.year).toBe(2016);
    const ds = yearFindings(x);
    expect(ds.map((d) => [d.severity, d.a.table, d.a.page, d.a.value, d.field])).toEqual([
      ['warning', 'TC33', 91, '2016', 'year_maju'],
      ['warning', 'TC33', 91, '2016', 'year_maju'],
    ]);
    expect(ds[0].message).toContain('expected 2017 for plan year 2016');
  });

  it('year-label: column groups of the wrong year against caption and running head', () => {
    const t = tc33({
      page: 9,
      caption: ['Tabel 3.1. Rumusan Rencana Program dan Kegiatan Tahun 2016 dan Prakiraan Maju Tahun', '2017'],
      plan: 2017,
      maju: 2018,
    });
    const ds = yearFindings(extractRenja('d', 'd.pdf', [t], pages(12, 'Rencana Kerja Dinas Pertanian Tahun 2016')));
    expect(ds.map((d) => [d.a.page, d.a.value])).toEqual([
      [9, '2017'],
      [9, '2018'],
    ]);
    expect(ds[0].message).toMatch(/column group "Rencana Tahun 2017".*expected 2016.*caption on the same page/);
  });

  it('year-label: a T-C.31 reviewing last year’s RKPD, and an impossible year', () => {
    const tc31 = makeTable(
      [
        ['No', 'Rancangan Awal RKPD', '<', '<', 'Hasil Analisis Kebutuhan', '<', '<'],
        ['^', 'Program/Kegiatan', 'Target', 'Pagu Indikatif (Rp)', 'Program/Kegiatan', 'Target', 'Pagu Indikatif (Rp)'],
        ['1', 'Penyediaan Jasa Surat', '12 bln', '10.000.000', 'Penyediaan Jasa Surat', '12 bln', '10.000.000'],
        ['2', 'Penyediaan Alat Tulis', '12 bln', '20.000.000', 'Penyediaan Alat Tulis', '12 bln', '20.000.000'],
      ],
      {
        headerRows: 2,
        page: 28,
        captionLines: ['Tabel 2.9.', 'Review Terhadap Rancangan Awal RKPD Provinsi Tahun 2015'],
      },
    );
    const x = extractRenja('d', 'd.pdf', [tc31], pages(40, 'Rencana Kerja Dinas Peternakan Tahun 2016'));
    expect(x.layouts[0].kind).toBe('TC31');
    const ds = yearFindings(x);
    expect(ds.map((d) => [d.a.table, d.a.page, d.a.value])).toEqual([['TC31.awal', 28, '2015']]);
    expect(ds[0].message).toContain('year of the RKPD reviewed 2015, expected 2016');

    const typo = tc33({
      page: 44,
      caption: ['Rumusan Rencana Program dan Kegiatan Tahun 20134 dan Prakiraan Maju Tahun 2014'],
      plan: 2013,
      maju: 2014,
    });
    const y = yearFindings(extractRenja('d', 'd.pdf', [typo], new Map()));
    expect(y.map((d) => [d.a.page, d.a.value])).toEqual([[44, '20134']]);
    expect(y[0].message).toContain('impossible year 20134');
  });

  it('year-label: a consistent Renja, its evaluation years and prose give no finding', () => {
    const t = tc33({
      page: 50,
      caption: ['Rumusan Rencana Program dan Kegiatan OPD Tahun 2017', 'Dan Prakiraan Maju Tahun 2018'],
      plan: 2017,
      maju: 2018,
    });
    const tc29 = makeTable(
      [
        [
          'Kode',
          'Program/Kegiatan',
          'Realisasi s/d tahun 2015 (n-2)',
          'Target Renja tahun 2016 (n-1)',
          'Realisasi s/d tahun berjalan (tahun 2016)',
        ],
        ['1.01.01', 'Program Pelayanan Administrasi', '80 %', '90 %', '85 %'],
        ['1.01.01.01', 'Penyediaan Jasa Surat', '10 bln', '12 bln', '12 bln'],
      ],
      {
        headerRows: 1,
        page: 13,
        id: 't13',
        captionLines: ['Tabel 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja s/d Tahun 2016'],
      },
    );
    const prose = pages(60, 'RENJA DINAS TENAGA KERJA TAHUN 2017', {
      12: 'Pada Tahun 2015 telah dilaksanakan Renja Tahun 2015 dan prakiraan maju Tahun 2016.',
    });
    const x = extractRenja('d', 'd.pdf', [tc29, t], prose);
    expect(x.layouts.map((l) => l.kind)).toEqual(['TC29', 'TC33']);
    expect(x.planYear?.year).toBe(2017);
    expect(yearFindings(x)).toEqual([]);
  });
});

describe('unit-conflict', () => {
  const unitFindings = (x: ReturnType<typeof extractRenja>) => reconcile(x).filter((d) => d.rule === 'unit-conflict');

  it('a (Rp.000) header over full Rupiah cells is read in Rupiah and reported once per column', () => {
    const t = tc33({
      page: 91,
      caption: ['Rumusan Rencana Program dan Kegiatan Tahun 2016 dan Prakiraan Maju Tahun 2017'],
      plan: 2016,
      maju: 2017,
      rows: [
        [
          '1.01.01',
          'Program Pelayanan Administrasi',
          'Persentase',
          'Kab',
          '100 %',
          '300.000',
          '100 %',
          '3.300.000.000',
        ],
        ['1.01.01.01', 'Penyediaan Jasa Surat', 'Jumlah surat', 'Kab', '12 bln', '100.000', '12 bln', '1.100.000.000'],
        ['1.01.01.02', 'Penyediaan Alat Tulis', 'Jumlah ATK', 'Kab', '12 bln', '200.000', '12 bln', '2.200.000.000'],
      ],
    });
    // both money columns headed (Rp.000); the pagu cells are thousands, the prakiraan maju cells full Rupiah
    for (const c of t.cells) if (c.row === 1 && /Pagu/.test(c.text)) c.text = 'Pagu Indikatif (Rp.000)';
    const x = extractRenja('d', 'd.pdf', [t], new Map());
    const ds = unitFindings(x);
    expect(ds.map((d) => [d.severity, d.a.table, d.field, d.a.page])).toEqual([['warning', 'TC33', 'paguMaju', 91]]);
    expect(ds[0].message).toMatch(/header says thousands \(Rp\.000\) but the cells are full Rupiah/);
    expect(ds[0].message).toContain('"2.200.000.000"');
  });

  it('a hasil column mixing thousands and full Rupiah, cell by cell against rancangan awal', () => {
    const row = (n: number, awal: string, hasil: string) => [
      String(n),
      `Kegiatan ${n}`,
      '1 dok',
      awal,
      `Kegiatan ${n}`,
      '1 dok',
      hasil,
    ];
    const tc31 = makeTable(
      [
        ['No', 'Rancangan Awal RKPD', '<', '<', 'Hasil Analisis Kebutuhan', '<', '<'],
        [
          '^',
          'Program/Kegiatan',
          'Target',
          'Pagu Indikatif (Rp.000)',
          'Program/Kegiatan',
          'Target',
          'Pagu Indikatif (Rp.000)',
        ],
        row(1, '6.008.850,000', '5.370.000,00'),
        row(2, '197.407.564,000', '198.058.693.000,0'),
        row(3, '1.358.745,000', '1.358.745,000'),
        row(4, '55.000.000,000', '55.570.010.000,00'),
        row(5, '1.500.000,000', '1.400.000.000,00'),
        row(6, '690.000,000', '690.000,00'),
        row(7, '300.000,000', '287.500.000,00'),
      ],
      { headerRows: 2, page: 1, captionLines: ['Tabel II-4', 'Review Terhadap Rancangan Awal RKPD Tahun 2016'] },
    );
    const x = extractRenja('d', 'd.pdf', [tc31], new Map());
    const ds = unitFindings(x);
    const mixed = ds.filter((d) => /mixes/.test(d.message));
    expect(mixed.map((d) => [d.a.table, d.field, d.a.page])).toEqual([['TC31.hasil', 'hasil.pagu', 1]]);
    expect(mixed[0].message).toContain('"5.370.000,00"');
    expect(mixed[0].message).toContain('beside awal.pagu "6.008.850,000"');
  });

  it('no finding when header and cells agree', () => {
    const t = tc33({ page: 41, caption: [], plan: 2024, maju: 2025 });
    expect(unitFindings(extractRenja('d', 'd.pdf', [t], new Map()))).toEqual([]);
  });
});
