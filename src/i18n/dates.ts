/**
 * Dates for people: `29 November 2026 21.37 WIB` (Indonesian) or `29 November 2026 21:37 WIB` (English), in a
 * configurable time zone. Indonesia's three zones get their own names (WIB, WITA, WIT); other zones show Intl's
 * short name (`UTC`, `GMT+1`).
 */
import type { Lang } from './catalogue.js';

export const DEFAULT_TZ = 'Asia/Jakarta';

const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Whether `tz` is a time zone Intl knows (for option checking). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function zoneLabel(date: Date, tz: string): string {
  const own = INDONESIAN_ZONES[tz];
  if (own) return own;
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: tz, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? tz;
}

export function formatDateTime(date: Date | string, lang: Lang, tz: string = DEFAULT_TZ): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      timeZone: tz,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  const sep = lang === 'id' ? '.' : ':';
  return `${parts.day} ${parts.month} ${parts.year} ${parts.hour}${sep}${parts.minute} ${zoneLabel(d, tz)}`;
}
