// Which deltas deserve an OS notification: a new P1 incident, a new critical alert. Each record is
// notified once; at most `maxPerMinute` notifications go out per rolling minute and the overflow is
// folded into one "and N more" summary. Pure: time is passed in, state lives in NotificationMemory.

import type { Delta } from '../../common/bridge/contract';
import type { Alert } from '../../common/domain/alert';
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
  maxPerMinute?: number;
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
  const candidates = findCandidates(delta, memory, options.locale);
  for (const c of candidates) remember(memory, c.key, options.maxRemembered ?? DEFAULT_MAX_REMEMBERED);
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
  if (roomLeft(memory, nowMs, options) > 0) return nowMs;
  return memory.sentMs[0] + WINDOW_MS;
}

function findCandidates(delta: Delta, memory: NotificationMemory, locale: NotificationLocale): Candidate[] {
  const m = messagesFor(locale);
  const incidents = (delta.incidents ?? [])
    .filter((i) => isNewP1(i) && !memory.seen.has(`incident:${i.id}`))
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
    .filter((a) => isNewCritical(a) && !memory.seen.has(`alert:${a.id}`))
    .sort((a, b) => a.createdMs - b.createdMs)
    .map<Candidate>((a) => ({
      key: `alert:${a.id}`,
      kind: 'alerts',
      notice: () => ({
        key: `alert:${a.id}`,
        title: format(m.alertTitle, { title: a.title }),
        body: joinParts([a.assetId && format(m.alertAsset, { asset: a.assetId }), a.ward, a.mitreTechnique]),
        urgency: 'critical',
      }),
    }));
  return dedupe([...incidents, ...alerts]);
}

/** A record is "new" for us while nobody has acted on it; once handled it is no news. */
function isNewP1(i: Incident): boolean {
  return i.priority === 1 && i.status === 'new';
}

function isNewCritical(a: Alert): boolean {
  return a.severity === 'critical' && a.status === 'new';
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const keys = new Set<string>();
  return candidates.filter((c) => !keys.has(c.key) && !!keys.add(c.key));
}

function roomLeft(memory: NotificationMemory, nowMs: number, options: NotificationRuleOptions): number {
  while (memory.sentMs.length && memory.sentMs[0] <= nowMs - WINDOW_MS) memory.sentMs.shift();
  return Math.max(0, (options.maxPerMinute ?? DEFAULT_MAX_PER_MINUTE) - memory.sentMs.length);
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
