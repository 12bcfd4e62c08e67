// Seed text -> document model. The seed is a lossy text rendering of the real Renja
// (tables as tab-separated lines, cells shifted or split), so each table's true
// column structure is hard-coded in TABLE_DEFS and the data rows are normalised
// from the seed lines by per-kind rules. Everything here is pure and deterministic.

/** Marker for a forced line break *inside* a token (`7.01.01.2.01.0|3`); a reader joins it without space. */
export const BRK = '\u00A6';

// Tokens the seed shows broken by a narrow cell; the right side gets a forced break at BRK.
const WRAPPED_WORDS = [
  ['doku men', 'doku' + BRK + 'men'],
  ['Lapo ran', 'Lapo' + BRK + 'ran'],
  ['lapo ran', 'lapo' + BRK + 'ran'],
  ['Pendayaguna an', 'Pendayaguna' + BRK + 'an'],
  ['Penyelenggaraa n', 'Penyelenggaraa' + BRK + 'n'],
  ['PENYELENGGA RAAN', 'PENYELENGGA' + BRK + 'RAAN'],
  ['Dipelihara/Dir ehabilitasi', 'Dipelihara/Dir' + BRK + 'ehabilitasi'],
  ['100,0 0%', '100,0' + BRK + '0%'],
  ['54,55 %', '54,55' + BRK + '%'],
];

/** Apply the known wraps; a code `7.01.01.2.01.0 3` becomes one code with a break. */
export function repairWraps(s) {
  let out = s;
  const m = /^(\d+(?:\.\d+)+) (\d+)$/.exec(out);
  if (m) out = m[1] + BRK + m[2];
  for (const [from, to] of WRAPPED_WORDS) out = out.split(from).join(to);
  return out;
}

/** LaTeX fractions in the seed (`$\frac{\text{A}}{\text{B}} \times 100$`) as the plain text a Word user types. */
export function delatex(s) {
  if (!s.includes('$')) return s;
  return s
    .replace(/\$([^$]*)\$/g, (_, body) => {
      let b = body.replace(/\\frac\{\\text\{-+\}\}\{(\d+)\}/g, '-----');
      b = b.replace(/\\frac\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g, '($1) / ($2)');
      b = b.replace(/\\text\{([^}]*)\}/g, '$1').replace(/\\times/g, 'x');
      return b.replace(/\s+/g, ' ').trim();
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Make a model cell from raw seed text: strips <i>, repairs wraps. */
export function mkCell(raw, extra = {}) {
  let s = raw ?? '';
  let italic = false;
  if (/<i>/.test(s)) {
    italic = true;
    s = s.replace(/<\/?i>/g, '');
  }
  s = delatex(s.trim());
  s = repairWraps(s);
  const c = { s };
  if (italic) c.i = true;
  return Object.assign(c, extra);
}

export const cellText = (c) => (typeof c === 'string' ? c : c.s).split(BRK).join('');

const isAmount = (s) => /^\d{1,3}(\.\d{3})+$/.test(s);

function trimTrailing(arr, min = 0) {
  const a = arr.slice();
  while (a.length > min && (a[a.length - 1] ?? '').trim() === '') a.pop();
  return a;
}
const pad = (arr, n) => {
  const a = arr.slice(0, Math.max(arr.length, n));
  while (a.length < n) a.push('');
  return a;
};

// ---------------------------------------------------------------- row normalisers

/** T-C.29: five code cells, name, indicator, then eight value columns (4..11). */
function rowsTC29(lines) {
  const raw = lines.map((l) => l.split('\t'));
  // Names the seed lost for the first rows (text rendering dropped them); taken from T-C.31.
  const FILL = {
    '7.1.1..': [
      'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/ KOTA',
      'Persentase pemenuhan fasilitasi kebutuhan operasional perkantoran',
    ],
    '7.01.01.201.': [
      'Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat daerah',
      'Persentase fasilitasi dokumen Perencanaan, Penganggaran dan Evaluasi Kinerja',
    ],
    '7.01.01.201.01': [
      'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      'Jumlah dokumen perencanaan perangkat daerah',
    ],
    '7.01.01.201.02': [
      'Koordinasi dan Penyusunan Dokumen RKA - SKPD',
      'Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD',
    ],
  };
  const recs = [];
  for (const cells0 of raw) {
    let cells = cells0.map((c) => c.trim());
    const codeEmpty = cells.slice(0, 5).every((c) => c === '');
    const nameEmpty = (cells[5] ?? '') === '' && (cells[6] ?? '') === '';
    if (codeEmpty && nameEmpty && recs.length) {
      // a wrapped remainder of the row above (the seed broke a tall row): append its values
      recs[recs.length - 1].vals.push(...cells.slice(7).filter((c) => c !== ''));
      continue;
    }
    // values shifted into name/indicator (`N/A`, `100 %`): the name cells were lost
    const valueLike = (x) => /^(N\/A|[\d.,]+ ?%)$/.test(x ?? '');
    if (valueLike(cells[5])) cells = [...cells.slice(0, 5), '', '', ...cells.slice(5)];
    else if (cells[5] === '' && valueLike(cells[6])) cells = [...cells.slice(0, 6), '', ...cells.slice(6)];
    const code = cells.slice(0, 5);
    let name = cells[5] ?? '';
    let ind = cells[6] ?? '';
    const key = code.join('.');
    if (!name && !ind && FILL[key]) [name, ind] = FILL[key];
    recs.push({ code, name, ind, vals: cells.slice(7) });
  }
  return recs.map((r) => {
    let v = trimTrailing(r.vals);
    // value and unit printed in separate cells (`95` `%`, `3` `doku men`) are one cell
    const merged = [];
    for (let k = 0; k < v.length; k++) {
      const a = v[k];
      const b = v[k + 1];
      if (/^[\d.,]+$/.test(a) && b !== undefined && /^(%|[A-Za-z])/.test(b) && !/^N\/A$/.test(b)) {
        merged.push(`${a} ${b}`);
        k++;
      } else merged.push(a);
    }
    v = merged;
    // too many cells: the rendering inserted empty cells; drop empties from the longest run
    while (v.length > 8) {
      let idx = -1;
      for (let k = 1; k < v.length - 1; k++)
        if (v[k] === '' && v[k + 1] === '') {
          idx = k;
          break;
        }
      if (idx < 0) idx = v.findIndex((x, k) => k >= 1 && x === '');
      if (idx < 0) break;
      v.splice(idx, 1);
    }
    // too few: the lost cell is column 5 (Realisasi s/d n-3), empty in most rows
    while (v.length < 8) v.splice(Math.min(1, v.length), 0, '');
    const isIndicatorOnly = r.code.every((c) => c === '') && !r.name;
    const cells = [...r.code, r.name, r.ind, ...v].map((c) => mkCell(c));
    return { role: isIndicatorOnly ? 'indicator' : 'data', cells };
  });
}

/** Plain n-column rows (with <i> cells), trailing empties trimmed then padded. */
function rowsPlain(n, opts = {}) {
  return (lines) =>
    lines.map((l) => {
      const cells = pad(trimTrailing(l.split('\t')), n);
      if (cells.length > n) throw new Error(`row wider than ${n}: ${l}`);
      if (opts.sectionIfOnlyFirst && cells.slice(1).every((c) => c.trim() === '')) {
        return { role: 'section', cells: [mkCell(cells[0], { cs: n })] };
      }
      const totalLabel = /^(JUMLAH|TOTAL)$/i.test(cells[0].trim());
      if (totalLabel && opts.totalSpan) {
        const rest = cells.slice(opts.totalSpan);
        return { role: 'total', cells: [mkCell(cells[0], { cs: opts.totalSpan }), ...rest.map((c) => mkCell(c))] };
      }
      const role = cells.every((c) => /<i>|^\s*$/.test(c)) || cells.some((c) => /<i>/.test(c)) ? 'group' : 'data';
      return { role: opts.groupRoles ? role : 'data', cells: cells.map((c) => mkCell(c)) };
    });
}

/** T-C.31: code, 5 awal cells, 5 hasil cells, catatan; TOTAL row spans both halves. */
function rowsTC31(lines) {
  return lines.map((l) => {
    const cells = l.split('\t');
    if (cells[0].trim() === 'TOTAL') {
      const amounts = cells.filter((c) => isAmount(c.trim()));
      return {
        role: 'total',
        cells: [
          mkCell('TOTAL', { cs: 5 }),
          mkCell(amounts[0]),
          mkCell('TOTAL', { cs: 4 }),
          mkCell(amounts[1]),
          mkCell(''),
        ],
      };
    }
    const c = pad(trimTrailing(cells), 12);
    if (c.length > 12) throw new Error(`TC31 row too wide: ${l}`);
    const role = c[0].trim() === '' && c[1].trim() === '' ? 'indicator' : 'data';
    return { role, cells: c.map((x) => mkCell(x)) };
  });
}

/** T-C.33 (14 columns): positions are recovered from the money cells when the seed dropped a cell. */
function rowsTC33(lines) {
  return lines.map((l) => {
    const raw = l.split('\t');
    if (raw[0].trim() === 'JUMLAH') {
      const amounts = raw.filter((c) => isAmount(c.trim()));
      return {
        role: 'total',
        cells: [
          mkCell('JUMLAH', { cs: 9 }),
          mkCell(amounts[0]),
          mkCell(''),
          mkCell(''),
          mkCell(''),
          mkCell(amounts[1]),
        ],
      };
    }
    let out;
    const t = trimTrailing(raw);
    if (t.length === 14) {
      out = pad(t, 14);
    } else {
      const head = pad(t.slice(0, 5), 5);
      const R = t.slice(5);
      const money = R.map((x, k) => (isAmount(x.trim()) ? k : -1)).filter((k) => k >= 0);
      const f = { akt: '', skala: '', lokasi: '', target: '', dana: '', sumber: '', catatan: '', t25: '', d25: '' };
      if (money.length === 0) {
        const ne = R.filter((x) => x.trim() !== '');
        f.target = ne[0] ?? '';
        f.t25 = ne.length > 1 ? ne[ne.length - 1] : '';
      } else {
        const i24 = money[0];
        f.dana = R[i24];
        let M;
        if (money.length > 1) {
          f.d25 = R[money[money.length - 1]];
          M = R.slice(i24 + 1, money[money.length - 1]);
        } else M = R.slice(i24 + 1);
        const L = R.slice(0, i24);
        let k = L.length - 1;
        if (k >= 0 && L[k].trim() !== 'Kecamatan Pasirian') f.target = L[k--];
        if (k >= 0) f.lokasi = L[k--];
        if (k >= 0) f.skala = L[k--];
        if (k >= 0) f.akt = L[k--];
        const src = M.find((x) => /^(DAU|DAK|PAD|DBHCHT)$/.test(x.trim()));
        if (src) f.sumber = src;
        const rest = M.filter((x) => x.trim() !== '' && x !== src);
        if (rest.length) f.t25 = rest[rest.length - 1];
      }
      out = [...head, f.akt, f.skala, f.lokasi, f.target, f.dana, f.sumber, f.catatan, f.t25, f.d25];
    }
    const cells = out.map((x) => mkCell(x));
    const code = cells[0].s;
    const role = code ? 'data' : cells[5].s ? 'aktivitas' : 'indicator';
    return { role, cells };
  });
}

/** Tabel 4.1: six columns; TOTAL spans the first five. */
function rowsT41(lines) {
  return lines.map((l) => {
    const c = pad(trimTrailing(l.split('\t')), 6);
    if (c[0].trim() === 'TOTAL') return { role: 'total', cells: [mkCell('TOTAL', { cs: 5 }), mkCell(c[5])] };
    return { role: c[0].trim() ? 'data' : 'indicator', cells: c.map((x) => mkCell(x)) };
  });
}

/** T-C.30: section rows (`Indikator Tujuan 2022-2023`) span the table. */
const rowsTC30 = rowsPlain(13, { sectionIfOnlyFirst: true });

// ---------------------------------------------------------------- table definitions
// h(text, cs, rs): a header cell. Headers are reconstructed from the seed's header lines
// (which lose spans and, for T-C.29, the end of the first line).
const h = (s, cs = 1, rs = 1) => ({ s, ...(cs > 1 ? { cs } : {}), ...(rs > 1 ? { rs } : {}) });
const nums = (labels) => labels.map((x) => (typeof x === 'string' ? h(x) : x));

export const TABLE_DEFS = [
  {
    match: /^Tabel 2\.1 TC\.29/,
    id: 'TC29',
    kind: 'TC29',
    headerLines: 4,
    orientation: 'landscape',
    repeatHeader: true,
    fontPt: 7.5,
    widths: [0.55, 0.6, 0.6, 0.75, 0.6, 3.9, 4.6, 1.9, 1.75, 1.75, 1.75, 1.5, 1.8, 1.9, 1.6],
    align: ['c', 'c', 'c', 'c', 'c', 'l', 'l', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c'],
    header: [
      [
        h('Kode', 5, 2),
        h('Urusan / Bidang Urusan Pemerintahan Daerah Dan Program / Kegiatan / Sub Kegiatan', 1, 2),
        h('Indikator Kinerja Program / Kegiatan / Sub Kegiatan', 1, 2),
        h('Target Kinerja Program / Kegiatan / Sub Kegiatan pada Akhir Periode (P- Renstra PD)', 1, 2),
        h('Realisasi Target Kinerja Program / Kegiatan / Sub Kegiatan s/d Tahun (n-3) - 2021', 1, 2),
        h('Target dan Realisasi Kinerja Program/Kegiatan/Sub Kegiatan Tahun Lalu (n-2) - 2022', 3),
        h('Target Program / Kegiatan / Sub Kegiatan Renja Perangkat Daerah Tahun Berjalan (n-1) - 2023', 1, 2),
        h('Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d Tahun Berjalan', 2),
      ],
      [
        h('Target Renja Perangkat Daerah tahun (n-2) - 2022'),
        h('Realisasi Renja Perangkat Daerah tahun (n- 2) - 2022'),
        h('Tingkat Realisasi (%)'),
        h('Realisasi Capaian Program / Kegiatan / Sub Kegiatan s/d tahun berjalan (tahun n-1)- 2023'),
        h('Tingkat Capaian Realisasi Target (%)'),
      ],
      nums([h('1', 5), '2', '3', '4', '5', '6', '7', '8=(7/6)', '9', '10=(5+7+9)', '11=(10/4)']),
      nums([h('', 5), '', '', 'K', 'K', 'K', 'K', 'K', 'K', 'K', 'K']),
    ],
    numberRow: 2,
    parseRows: rowsTC29,
  },
  {
    match: /^Tabel 2\.2 TC\.30/,
    id: 'TC30',
    kind: 'TC30',
    headerLines: 3,
    orientation: 'landscape',
    repeatHeader: false,
    fontPt: 8,
    widths: [0.9, 5.6, 1.8, 1.5, 1.7, 1.7, 1.7, 1.7, 1.8, 1.9, 1.7, 1.7, 3.2],
    align: ['c', 'l', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'l'],
    header: [
      [
        h('NO', 1, 2),
        h('Indikator Tujuan / Sasaran Renstra PD', 1, 2),
        h('SPM / standar nasional', 1, 2),
        h('IKK', 1, 2),
        h('Target Renstra Perangkat Daerah', 4),
        h('Realisasi Capaian', 2),
        h('Proyeksi', 2),
        h('Catan Analisis', 1, 2),
      ],
      nums([
        'Tahun 2022',
        'Tahun 2023',
        'Tahun 2024',
        'Tahun 2025',
        'Tahun 2022',
        'Tahun 2023',
        'Tahun 2024',
        'Tahun 2025',
      ]),
      nums(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10 = (9+6)/2', '11', '12', '13']),
    ],
    numberRow: 2,
    parseRows: rowsTC30,
  },
  {
    match: /^Tabel 2\.3$/,
    id: 'T2.3',
    kind: 'OTHER',
    headerLines: 2,
    orientation: 'portrait',
    repeatHeader: true,
    fontPt: 9,
    widths: [1.2, 11.3, 4.0],
    align: ['c', 'l', 'c'],
    header: [nums(['No', 'Jenis Pelayanan', 'Jumlah Dokumen yang diproses Tahun 2022']), nums(['1', '2', '3'])],
    numberRow: 1,
    parseRows: rowsPlain(3, { groupRoles: true }),
  },
  {
    match: /^Tabel 2\.4$/,
    id: 'T2.4',
    kind: 'OTHER',
    headerLines: 2,
    orientation: 'portrait',
    repeatHeader: false,
    fontPt: 9,
    widths: [1.2, 5.3, 2.5, 2.5, 2.5, 2.5],
    align: ['c', 'l', 'r', 'r', 'r', 'r'],
    header: [
      [h('No.', 1, 2), h('Jenis Dokumen', 1, 2), h('Jumlah dokumen yang di proses', 4)],
      nums(['Tahun 2018', 'Tahun 2019', 'Tahun 2020', 'Tahun 2021']),
    ],
    numberRow: null,
    parseRows: rowsPlain(6, { totalSpan: 2 }),
  },
  {
    match: /^Tabel 2\.6 T-C 31/,
    id: 'TC31',
    kind: 'TC31',
    headerLines: 3,
    orientation: 'landscape',
    repeatHeader: true,
    fontPt: 7.5,
    widths: [2.25, 3.2, 1.65, 3.4, 1.5, 2.5, 3.2, 1.65, 3.4, 1.5, 2.5, 1.45],
    align: ['l', 'l', 'l', 'l', 'c', 'r', 'l', 'l', 'l', 'c', 'r', 'l'],
    header: [
      [h('Kode', 1, 2), h('Rancangan Awal RKPD', 5), h('Hasil Analisis Kebutuhan', 5), h('Catatan Penting', 1, 2)],
      nums([
        'Program / Kegiatan / Sub Kegiatan',
        'Lokasi',
        'Indikator',
        'Target',
        'Pagu Indikatif (Rp.)',
        'Program / Kegiatan / Sub Kegiatan',
        'Lokasi',
        'Indikator',
        'Target',
        'Pagu Indikatif (Rp.)',
      ]),
      nums(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']),
    ],
    numberRow: 2,
    parseRows: rowsTC31,
  },
  {
    match: /^Tabel 7\.6 T\.C 32/,
    id: 'TC32',
    kind: 'TC32',
    headerLines: 2,
    orientation: 'portrait',
    repeatHeader: false,
    fontPt: 9,
    widths: [1.0, 4.6, 2.4, 3.5, 2.5, 2.5],
    align: ['c', 'l', 'l', 'l', 'c', 'l'],
    header: [
      nums([
        'No',
        'Program/Kegiatan/Sub Kegiatan/Aktivitas',
        'Lokasi',
        'Indikator Kinerja',
        'Besaran / Volume',
        'Catatan',
      ]),
      nums(['1', '2', '3', '4', '5', '6']),
    ],
    numberRow: 1,
    parseRows: rowsPlain(6),
  },
  {
    match: /^Tabel 3\.1 Tujuan/,
    id: 'T3.1',
    kind: 'OTHER',
    headerLines: 2,
    orientation: 'portrait',
    repeatHeader: false,
    fontPt: 9,
    widths: [0.9, 3.5, 3.7, 5.6, 2.8],
    align: ['c', 'l', 'l', 'l', 'c'],
    header: [
      nums(['No', 'Tujuan', 'Indikator Tujuan', 'Formulasi', 'Target Tahun 2024']),
      nums(['1', '2', '3', '4', '5']),
    ],
    numberRow: 1,
    parseRows: rowsPlain(5),
  },
  {
    match: /^Tabel 3\.2 Sasaran/,
    id: 'T3.2',
    kind: 'OTHER',
    headerLines: 2,
    orientation: 'portrait',
    repeatHeader: false,
    fontPt: 9,
    widths: [0.9, 3.5, 3.7, 5.6, 2.8],
    align: ['c', 'l', 'l', 'l', 'c'],
    header: [
      nums(['No', 'Sasaran', 'Indikator Sasaran', 'Formulasi', 'Target Tahun 2023']),
      nums(['1', '2', '3', '4', '5']),
    ],
    numberRow: 1,
    parseRows: rowsPlain(5),
  },
  {
    match: /^Tabel 3\.3 T\.C 33/,
    id: 'TC33',
    kind: 'TC33',
    headerLines: 3,
    orientation: 'landscape',
    // Deliberately no repeated header: continuation pages start straight with data rows.
    repeatHeader: false,
    fontPt: 7,
    widths: [2.45, 2.75, 2.75, 2.7, 3.2, 2.5, 0.95, 1.55, 1.45, 1.95, 1.0, 1.1, 1.45, 1.95],
    align: ['l', 'l', 'l', 'l', 'l', 'l', 'c', 'l', 'c', 'r', 'c', 'l', 'c', 'r'],
    header: [
      [
        h('Kode', 1, 2),
        h('Sasaran program, kegiatan, dan sub kegiatan', 1, 2),
        h('Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan', 1, 2),
        h('Indikator Kinerja Program/Kegiatan/Sub Kegiatan', 1, 2),
        h('Formula', 1, 2),
        h('Aktivitas', 1, 2),
        h('Skala Prioritas', 1, 2),
        h('Rencana Tahun 2024 (Tahun Rencana)', 4),
        h('Catatan Penting', 1, 2),
        h('Prakiraan Maju Rencana Tahun 2025', 2),
      ],
      nums([
        'Lokasi',
        'Target Capaian Kinerja',
        'Kebutuhan Dana',
        'Sumber Dana',
        'Target Capaian Kinerja',
        'Kebutuhan Dana',
      ]),
      nums(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']),
    ],
    numberRow: 2,
    parseRows: rowsTC33,
  },
  {
    match: /^Tabel 4\.1$/,
    id: 'T41',
    kind: 'T41',
    headerLines: 2,
    orientation: 'landscape',
    repeatHeader: true,
    fontPt: 9,
    widths: [2.7, 6.6, 3.0, 8.9, 3.0, 3.4],
    align: ['l', 'l', 'l', 'l', 'c', 'r'],
    header: [
      nums(['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Lokasi', 'Indikator', 'Target', 'Pagu Indikatif (Rp.)']),
      // the real form numbers these columns 1, 7..11 (copied from T-C.31); kept as printed
      nums(['1', '7', '8', '9', '10', '11']),
    ],
    numberRow: 1,
    parseRows: rowsT41,
  },
];

// ---------------------------------------------------------------- prose

/** Inline markdown (**bold**, *italic*) to runs. */
export function runs(text) {
  const out = [];
  const re = /(\*\*[^*]+\*\*|\*[^*]+\*)/g;
  let last = 0;
  let m;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push({ s: text.slice(last, m.index) });
    if (m[0].startsWith('**')) out.push({ s: m[0].slice(2, -2), b: true });
    else out.push({ s: m[0].slice(1, -1), i: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ s: text.slice(last) });
  return out.filter((r) => r.s !== '');
}

const para = (style, text, extra = {}) => ({ t: 'p', style, runs: runs(text), ...extra });

function classify(line) {
  const s = line.trim();
  if (/^(BAB|Bab)\.?\s+[IVX]+\b/.test(s) && s.length < 40) return 'chapter';
  if (/^(KATA PENGANTAR|DAFTAR ISI)$/.test(s)) return 'front';
  if (/^(\d+\.\d+[\d.]*|[IVX]+\.\d+)\s+\S/.test(s) && s.length < 130 && !/[;]$/.test(s)) {
    const depth = s.split(/\s/)[0].replace(/\.$/, '').split('.').length;
    return depth <= 2 ? 'h2' : 'h3';
  }
  if (/^[A-Z]\.\s+[A-Z][A-Z ]+$/.test(s)) return 'h2';
  if (/^(Pasirian, |CAMAT PASIRIAN|TRIKONDO|NIP\.)/.test(s)) return 'sign';
  if (/^-\s/.test(s)) return 'bullet';
  if (/^\d+\.\s/.test(s) || /^[a-z]\.\s/.test(s)) return 'list';
  return 'body';
}

/** Parse the seed text into the document model. */
export function parseSeed(text) {
  const lines = text.replace(/\r/g, '').split('\n');
  const blocks = [];
  let i = 0;
  let inCover = true;
  let chapterTail = false;
  const pushPara = (b) => {
    // a paragraph split by a page break in the original: join when it clearly continues
    const prev = blocks[blocks.length - 1];
    if (
      prev &&
      prev.t === 'p' &&
      prev.style === 'body' &&
      b.style === 'body' &&
      b.joinable &&
      !/[.:;!?)]\s*$/.test(prev.runs.map((r) => r.s).join('')) &&
      /^[a-z]/.test(b.runs[0]?.s ?? '')
    ) {
      prev.runs.push({ s: ' ' }, ...b.runs);
      return;
    }
    delete b.joinable;
    blocks.push(b);
  };
  while (i < lines.length) {
    const line = lines[i];
    const s = line.trim();
    if (s === '') {
      chapterTail = false;
      i++;
      continue;
    }
    if (inCover) {
      if (s === 'KATA PENGANTAR') inCover = false;
      else {
        // the cover: bold title spread over lines, then the agency block
        if (s.startsWith('**') && !s.slice(2).includes('**')) {
          const acc = [s];
          while (!lines[++i].includes('**')) acc.push(lines[i].trim());
          acc.push(lines[i].trim());
          for (const a of acc) blocks.push({ t: 'p', style: 'cover', runs: [{ s: a.replace(/\*\*/g, ''), b: true }] });
        } else blocks.push({ t: 'p', style: 'coverSmall', runs: runs(s) });
        i++;
        continue;
      }
    }
    if (/^Tabel\s+\S+/.test(s) && s.length < 80 && !/\t/.test(line)) {
      const def = TABLE_DEFS.find((d) => d.match.test(s));
      if (!def) throw new Error(`no table definition for caption: ${s}`);
      const caption = [s];
      i++;
      while (i < lines.length && !lines[i].includes('\t')) {
        if (lines[i].trim()) caption.push(lines[i].trim());
        i++;
      }
      const tl = [];
      while (i < lines.length && (lines[i].includes('\t') || lines[i].trim() === '')) {
        if (lines[i].trim() !== '' || lines[i].includes('\t')) tl.push(lines[i]);
        i++;
      }
      const data = tl.slice(def.headerLines);
      blocks.push({
        t: 'table',
        id: def.id,
        kind: def.kind,
        label: s,
        caption,
        orientation: def.orientation,
        repeatHeader: def.repeatHeader,
        fontPt: def.fontPt,
        widths: def.widths,
        align: def.align,
        header: def.header,
        numberRow: def.numberRow,
        rows: def.parseRows(data),
      });
      continue;
    }
    if (line.includes('\t')) {
      // DAFTAR ISI entries: title <tab> page
      const [title, page] = line.split('\t');
      blocks.push({ t: 'p', style: 'toc', runs: runs(title.replace(/^❖\s*/, '').trim()), page: page.trim() });
      i++;
      continue;
    }
    const kind = classify(line);
    if (kind === 'chapter') {
      blocks.push({ t: 'p', style: 'chapter', runs: runs(s), breakBefore: true });
      chapterTail = true;
    } else if (chapterTail && s === s.toUpperCase()) {
      blocks.push({ t: 'p', style: 'chapterSub', runs: runs(s) });
    } else if (kind === 'front') {
      blocks.push({ t: 'p', style: 'chapter', runs: runs(s), breakBefore: true });
    } else if (kind === 'bullet') {
      const depth = line.match(/^\s*/)[0].length > 0 ? 2 : 1;
      const body = s.replace(/^-\s+/, '');
      const lettered = /^([a-z]|\d+|\d+\.[a-z])\.\s/.test(body);
      blocks.push(para(lettered ? `list${depth}` : `bullet${depth}`, body));
    } else if (kind === 'list') {
      blocks.push(para(line.startsWith(' ') ? 'list2' : 'list1', s));
    } else {
      pushPara({ ...para(kind, s), joinable: kind === 'body' });
    }
    i++;
  }
  return blocks;
}
