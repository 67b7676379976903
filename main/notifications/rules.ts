// Which deltas deserve an OS notification, by the operator's rules (NotificationSettings: alert
// severity, asset criticality, wards, P1 incidents; default a new P1 incident or a new critical alert).
// Each record is notified once; at most `maxPerMinute` notifications go out per rolling minute and the
// overflow is folded into one "and N more" summary; under do-not-disturb nothing pops up and what was
// held back is summarised once it ends. Pure: time is passed in, state lives in NotificationMemory.

import type { Delta } from '../../common/bridge/contract';
import { severityRank, type Alert } from '../../common/domain/alert';
import { DEFAULT_NOTIFICATION_SETTINGS, quietUntilMs, wardWatched, type NotificationSettings } from '../../common/domain/notification-settings';
import type { Incident } from '../../common/domain/incident';
import { format, messagesFor, type NotificationLocale } from './messages';

export type NotificationUrgency = 'low' | 'normal' | 'critical';

export interface DesktopNotification {
  /** Stable per record ("incident:INC-1"), or "summary:<time>". */
  key: string;
  title: string;
  body: string;
  urgency: NotificationUrgency;
}

export interface NotificationRuleOptions {
  locale: NotificationLocale;
  /** Overrides settings.maxPerMinute (tests, benchmarks). */
  maxPerMinute?: number;
  /** The operator's rules; the defaults when absent. */
  settings?: NotificationSettings;
  /** How many notified keys to remember (oldest forgotten first), so a 24/7 console stays bounded. */
  maxRemembered?: number;
}

export interface NotificationMemory {
  seen: Set<string>;
  /** Send times (ms) of notifications still inside the rolling minute. */
  sentMs: number[];
  pending: { incidents: number; alerts: number };
}

export const DEFAULT_MAX_PER_MINUTE = 5;
const WINDOW_MS = 60_000;
const DEFAULT_MAX_REMEMBERED = 20_000;
const BODY_MAX_CHARS = 160;

type Candidate = { key: string; kind: 'incidents' | 'alerts'; notice: () => DesktopNotification };

export function createNotificationMemory(): NotificationMemory {
  return { seen: new Set(), sentMs: [], pending: { incidents: 0, alerts: 0 } };
}

export function decideNotifications(
  delta: Delta,
  memory: NotificationMemory,
  nowMs: number,
  options: NotificationRuleOptions,
): DesktopNotification[] {
  const candidates = findCandidates(delta, memory, options.locale, options.settings ?? DEFAULT_NOTIFICATION_SETTINGS);
  for (const c of candidates) remember(memory, c.key, options.maxRemembered ?? DEFAULT_MAX_REMEMBERED);
  if (quietUntilMs(options.settings ?? DEFAULT_NOTIFICATION_SETTINGS, nowMs) !== null) {
    for (const c of candidates) memory.pending[c.kind]++;
    return [];
  }
  const room = roomLeft(memory, nowMs, options);
  const owed = memory.pending.incidents + memory.pending.alerts;
  // When not everything fits, the last free slot is kept for the "and N more" summary.
  const direct = owed === 0 && candidates.length <= room ? candidates : candidates.slice(0, Math.max(0, room - 1));
  const out = direct.map((c) => c.notice());
  memory.sentMs.push(...out.map(() => nowMs));
  for (const c of candidates.slice(direct.length)) memory.pending[c.kind]++;
  const summary = takeSummary(memory, nowMs, options);
  if (summary) out.push(summary);
  return out;
}

/** The "and N more" notification, when some are owed and the rolling minute has room; else null. */
export function takeSummary(memory: NotificationMemory, nowMs: number, options: NotificationRuleOptions): DesktopNotification | null {
  const { incidents, alerts } = memory.pending;
  if (incidents + alerts === 0 || roomLeft(memory, nowMs, options) === 0) return null;
  if (quietUntilMs(options.settings ?? DEFAULT_NOTIFICATION_SETTINGS, nowMs) !== null) return null;
  const m = messagesFor(options.locale);
  memory.pending = { incidents: 0, alerts: 0 };
  memory.sentMs.push(nowMs);
  return {
    key: `summary:${nowMs}`,
    title: format(m.summaryTitle, { count: incidents + alerts }),
    body: format(m.summaryBody, { incidents, alerts }),
    urgency: 'critical',
  };
}

/** When a summary that is owed can next go out; null when none is owed. */
export function nextSummaryAtMs(memory: NotificationMemory, nowMs: number, options: NotificationRuleOptions): number | null {
  if (memory.pending.incidents + memory.pending.alerts === 0) return null;
  const quietUntil = quietUntilMs(options.settings ?? DEFAULT_NOTIFICATION_SETTINGS, nowMs);
  if (quietUntil !== null) return Number.isFinite(quietUntil) ? quietUntil : null;
  if (roomLeft(memory, nowMs, options) > 0) return nowMs;
  return memory.sentMs[0] + WINDOW_MS;
}

function findCandidates(delta: Delta, memory: NotificationMemory, locale: NotificationLocale, settings: NotificationSettings): Candidate[] {
  const m = messagesFor(locale);
  const incidents = (delta.incidents ?? [])
    .filter((i) => settings.p1Incidents && isNewP1(i) && wardWatched(settings, i.ward) && !memory.seen.has(`incident:${i.id}`))
    .sort((a, b) => a.createdMs - b.createdMs)
    .map<Candidate>((i) => ({
      key: `incident:${i.id}`,
      kind: 'incidents',
      notice: () => ({
        key: `incident:${i.id}`,
        title: format(m.incidentTitle, { type: m.incidentTypes[i.type] ?? i.type }),
        body: joinParts([i.id, i.ward, i.description]),
        urgency: 'critical',
      }),
    }));
  const alerts = (delta.alerts ?? [])
    .filter((a) => matchesAlertRules(a, settings) && !memory.seen.has(`alert:${a.id}`))
    .sort((a, b) => a.createdMs - b.createdMs)
    .map<Candidate>((a) => ({
      key: `alert:${a.id}`,
      kind: 'alerts',
      notice: () => ({
        key: `alert:${a.id}`,
        title: format(m.alertTitle, { title: a.title, severity: m.severities[a.severity] ?? a.severity }),
        body: joinParts([a.assetId && format(m.alertAsset, { asset: a.assetId }), a.ward, a.mitreTechnique]),
        urgency: a.severity === 'critical' ? 'critical' : 'normal',
      }),
    }));
  return dedupe([...incidents, ...alerts]);
}

/** A record is "new" for us while nobody has acted on it; once handled it is no news. */
function isNewP1(i: Incident): boolean {
  return i.priority === 1 && i.status === 'new';
}

/** A new alert at or above the operator's severity, on an asset at least as critical, in a watched ward. */
export function matchesAlertRules(a: Alert, s: NotificationSettings): boolean {
  return (
    a.status === 'new' &&
    severityRank(a.severity) >= severityRank(s.alertMinSeverity) &&
    (a.assetCriticality ?? 0) >= s.alertMinCriticality &&
    wardWatched(s, a.ward)
  );
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const keys = new Set<string>();
  return candidates.filter((c) => !keys.has(c.key) && !!keys.add(c.key));
}

function roomLeft(memory: NotificationMemory, nowMs: number, options: NotificationRuleOptions): number {
  while (memory.sentMs.length && memory.sentMs[0] <= nowMs - WINDOW_MS) memory.sentMs.shift();
  const max = options.maxPerMinute ?? options.settings?.maxPerMinute ?? DEFAULT_MAX_PER_MINUTE;
  return Math.max(0, max - memory.sentMs.length);
}

function remember(memory: NotificationMemory, key: string, max: number): void {
  memory.seen.add(key);
  // Sets iterate in insertion order, so the first key is the oldest.
  while (memory.seen.size > max) memory.seen.delete(memory.seen.values().next().value!);
}

function joinParts(parts: (string | undefined)[]): string {
  const text = parts.filter((p) => p && p.trim()).join(' · ');
  return text.length > BODY_MAX_CHARS ? `${text.slice(0, BODY_MAX_CHARS - 1)}…` : text;
}
