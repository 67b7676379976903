// An operator's desktop notification rules: which alerts and P1 incidents pop up, do-not-disturb
// (now, or a daily quiet window in Hanoi time) and how many pop-ups a minute before a summary. Pure.
import { invalid, ok, type Result } from '../result';
import { isSeverity, type Severity } from './alert';

export interface QuietHours {
  enabled: boolean;
  /** "HH:MM", Hanoi time; a window may cross midnight (22:00 → 06:00). */
  from: string;
  to: string;
}

export interface NotificationSettings {
  /** Alerts at or above this severity notify. */
  alertMinSeverity: Severity;
  /** 0 = any asset; 1–5 = only assets at least this critical (unknown assets count as 0). */
  alertMinCriticality: number;
  /** Wards to watch; empty = the whole city. Alerts on assets with no ward (data centre) always pass. */
  wards: string[];
  p1Incidents: boolean;
  /** Do-not-disturb now, until switched off. */
  dnd: boolean;
  quietHours: QuietHours;
  /** Pop-ups per rolling minute; past it one "and N more" summary. */
  maxPerMinute: number;
}

export interface NotificationSettingsView {
  operator: string;
  settings: NotificationSettings;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  alertMinSeverity: 'critical',
  alertMinCriticality: 0,
  wards: [],
  p1Incidents: true,
  dnd: false,
  quietHours: { enabled: false, from: '22:00', to: '06:00' },
  maxPerMinute: 5,
};

export const MAX_CRITICALITY = 5;
export const MAX_PER_MINUTE_LIMIT = 30;
const MAX_WARDS = 200;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const HANOI_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

const bad = (field: string, message: string, value: unknown) =>
  invalid<NotificationSettings>(field, `${field}: ${message}, got ${JSON.stringify(value)}`, 'notify.error.field', { field, value: JSON.stringify(value) ?? 'undefined' });

/** Checks every field and names the first wrong one; missing fields take the defaults. */
export function validateNotificationSettings(input: unknown): Result<NotificationSettings> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return bad('settings', 'must be an object', input);
  const a = { ...DEFAULT_NOTIFICATION_SETTINGS, ...(input as Partial<NotificationSettings>) };
  if (!isSeverity(a.alertMinSeverity)) return bad('alertMinSeverity', 'must be low, medium, high or critical', a.alertMinSeverity);
  if (!Number.isInteger(a.alertMinCriticality) || a.alertMinCriticality < 0 || a.alertMinCriticality > MAX_CRITICALITY) {
    return bad('alertMinCriticality', `must be a whole number from 0 to ${MAX_CRITICALITY}`, a.alertMinCriticality);
  }
  if (!Array.isArray(a.wards) || a.wards.length > MAX_WARDS) return bad('wards', `must be a list of at most ${MAX_WARDS} ward names`, a.wards);
  for (const [i, w] of a.wards.entries()) {
    if (typeof w !== 'string' || !w.trim() || w.length > 100) return bad(`wards[${i}]`, 'must be a ward name (1–100 characters)', w);
  }
  if (typeof a.p1Incidents !== 'boolean') return bad('p1Incidents', 'must be true or false', a.p1Incidents);
  if (typeof a.dnd !== 'boolean') return bad('dnd', 'must be true or false', a.dnd);
  const q = a.quietHours as Partial<QuietHours> | null;
  if (!q || typeof q !== 'object') return bad('quietHours', 'must be {enabled, from, to}', q);
  if (typeof q.enabled !== 'boolean') return bad('quietHours.enabled', 'must be true or false', q.enabled);
  if (typeof q.from !== 'string' || !HHMM.test(q.from)) return bad('quietHours.from', 'must be a time HH:MM (00:00–23:59)', q.from);
  if (typeof q.to !== 'string' || !HHMM.test(q.to)) return bad('quietHours.to', 'must be a time HH:MM (00:00–23:59)', q.to);
  if (q.enabled && q.from === q.to) return bad('quietHours.to', 'must differ from quietHours.from', q.to);
  if (!Number.isInteger(a.maxPerMinute) || a.maxPerMinute < 1 || a.maxPerMinute > MAX_PER_MINUTE_LIMIT) {
    return bad('maxPerMinute', `must be a whole number from 1 to ${MAX_PER_MINUTE_LIMIT}`, a.maxPerMinute);
  }
  return ok({
    alertMinSeverity: a.alertMinSeverity,
    alertMinCriticality: a.alertMinCriticality,
    wards: [...new Set(a.wards.map((w) => w.trim()))],
    p1Incidents: a.p1Incidents,
    dnd: a.dnd,
    quietHours: { enabled: q.enabled, from: q.from, to: q.to },
    maxPerMinute: a.maxPerMinute,
  });
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * While do-not-disturb holds: null when notifications may go out now; otherwise when they may again
 * (epoch ms), or Infinity for DND switched on by hand.
 */
export function quietUntilMs(s: NotificationSettings, nowMs: number): number | null {
  if (s.dnd) return Infinity;
  if (!s.quietHours.enabled) return null;
  const local = nowMs + HANOI_OFFSET_MS;
  const dayStart = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  const minute = Math.floor((local - dayStart) / 60_000);
  const from = minutesOf(s.quietHours.from);
  const to = minutesOf(s.quietHours.to);
  const crosses = from > to;
  const inside = crosses ? minute >= from || minute < to : minute >= from && minute < to;
  if (!inside) return null;
  const endLocal = dayStart + to * 60_000 + (crosses && minute >= from ? DAY_MS : 0);
  return endLocal - HANOI_OFFSET_MS;
}

/** Ward filter: empty list = whole city; records without a ward (city-wide systems) always pass. */
export function wardWatched(s: NotificationSettings, ward: string | undefined): boolean {
  return !s.wards.length || !ward || s.wards.includes(ward);
}
