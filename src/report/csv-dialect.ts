/**
 * How CSVs are written. `default`: comma-separated, decimal point. `excel-id`: what Excel expects under Indonesian
 * regional settings, `;` between fields and a decimal comma (`54,55`). Both start with a UTF-8 byte order mark, so
 * Excel reads `…` as `…` and not `â€¦`.
 */
export type CsvDialect = 'default' | 'excel-id';
export const CSV_DIALECTS: readonly CsvDialect[] = ['default', 'excel-id'];
