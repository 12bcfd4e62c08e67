/** The nomenclature's two lists, apart from the data (src/nomenklatur/data.ts) so `renja kode`'s options name them cheaply. */
export const JENIS = ['kabkota', 'provinsi'] as const;
export type Jenis = (typeof JENIS)[number];

export const JENIS_LABEL: Record<Jenis, string> = { kabkota: 'kabupaten/kota', provinsi: 'provinsi' };
