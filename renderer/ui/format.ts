// Time formatting for the status bar, grids and tiles. Pure: pass `now`.
import type { Translate } from '../i18n/translate';

export type AgeUnit = 'now' | 's' | 'm' | 'h' | 'd';

export function ageParts(elapsedMs: number): { unit: AgeUnit; n: number } {
  const s = Math.max(0, Math.floor(elapsedMs / 1000));
  if (s < 1) return { unit: 'now', n: 0 };
  if (s < 60) return { unit: 's', n: s };
  if (s < 3600) return { unit: 'm', n: Math.floor(s / 60) };
  if (s < 86_400) return { unit: 'h', n: Math.floor(s / 3600) };
  return { unit: 'd', n: Math.floor(s / 86_400) };
}

/** "3 s ago" / "3 giây trước". */
export function formatAgo(t: Translate, thenMs: number, nowMs: number): string {
  const { unit, n } = ageParts(nowMs - thenMs);
  return unit === 'now' ? t('age.now') : t(`age.${unit}`, { n });
}

/** A running duration for age columns: "45 s", "12 min", "2 h 5 min", "3 d 4 h". */
export function formatDuration(t: Translate, elapsedMs: number): string {
  const s = Math.max(0, Math.floor(elapsedMs / 1000));
  if (s < 60) return t('duration.s', { n: s });
  if (s < 3600) return t('duration.m', { n: Math.floor(s / 60) });
  if (s < 86_400) return t('duration.h', { n: Math.floor(s / 3600), m: Math.floor((s % 3600) / 60) });
  return t('duration.d', { n: Math.floor(s / 86_400), h: Math.floor((s % 86_400) / 3600) });
}

export function formatClock(ms: number, locale: string): string {
  return new Date(ms).toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB', { hour12: false });
}

export function formatLatLon(p: { lat: number; lon: number }): string {
  return `${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}`;
}
