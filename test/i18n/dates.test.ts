import { formatDateTime, zoneLabel } from '../../src/i18n/dates.js';

describe('formatDateTime', () => {
  const t = '2026-11-29T14:37:05.123Z';

  it('writes Indonesian dates with the zone of the reader, WIB by default', () => {
    expect(formatDateTime(t, 'id')).toBe('29 November 2026 21.37 WIB');
    expect(formatDateTime(t, 'id', 'Asia/Makassar')).toBe('29 November 2026 22.37 WITA');
    expect(formatDateTime(t, 'id', 'Asia/Jayapura')).toBe('29 November 2026 23.37 WIT');
  });

  it('uses Indonesian month names and crosses midnight in the zone, not in UTC', () => {
    expect(formatDateTime('2026-08-16T20:05:00Z', 'id')).toBe('17 Agustus 2026 03.05 WIB');
  });

  it('writes English dates with a colon, and other zones by their short name', () => {
    expect(formatDateTime(t, 'en')).toBe('29 November 2026 21:37 WIB');
    expect(formatDateTime(t, 'en', 'UTC')).toBe('29 November 2026 14:37 UTC');
    expect(zoneLabel(new Date(t), 'Europe/Amsterdam')).toMatch(/^(CET|GMT\+1)$/);
  });
});
