import { SEVERITIES } from '../../common/domain/alert';
import { invalidArgument } from '../kit/grpc-errors';
import type { StoredAlert } from './store';

const DAY_MS = 86_400_000;
/** Hanoi is UTC+7 all year (no daylight saving). */
const HANOI_OFFSET_MS = 7 * 3_600_000;
export const MAX_METRIC_DAYS = 90;

export interface MeanTimes {
  alerts: number;
  mttd_ms: number;
  mttd_n: number;
  mtta_ms: number;
  mtta_n: number;
  mttr_ms: number;
  mttr_n: number;
}

export interface RuleMetrics {
  rule_id: string;
  title: string;
  alerts: number;
  events: number;
  closed: number;
  true_positive: number;
  false_positive: number;
  benign: number;
  noise: number;
}

export interface SocMetrics {
  since_ms: number;
  overall: MeanTimes;
  by_severity: { severity: string; times: MeanTimes; open: number }[];
  by_day: { day: string; times: MeanTimes }[];
  by_rule: RuleMetrics[];
}

export function hanoiDay(ms: number): string {
  return new Date(ms + HANOI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Start of the Hanoi calendar day `days - 1` days before the one holding now. */
export function windowStart(now: number, days: number): number {
  const startOfToday = Math.floor((now + HANOI_OFFSET_MS) / DAY_MS) * DAY_MS - HANOI_OFFSET_MS;
  return startOfToday - (days - 1) * DAY_MS;
}

export function metricDays(requested: number): number {
  if (requested === 0) return 7;
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_METRIC_DAYS) {
    throw invalidArgument('days', `must be from 1 to ${MAX_METRIC_DAYS} (0 means 7), got ${requested}`);
  }
  return requested;
}

class Means {
  private n = 0;
  private d = { sum: 0, n: 0 };
  private a = { sum: 0, n: 0 };
  private r = { sum: 0, n: 0 };

  add(x: StoredAlert): void {
    this.n++;
    const created = Number(x.created_ms);
    this.d.sum += Number(x.detect_delay_ms);
    this.d.n++;
    const acked = Number(x.acknowledged_ms ?? 0);
    if (acked > 0) {
      this.a.sum += Math.max(0, acked - created);
      this.a.n++;
    }
    const closed = Number(x.closed_ms ?? 0);
    if (x.status === 'closed' && closed > 0) {
      this.r.sum += Math.max(0, closed - created);
      this.r.n++;
    }
  }

  get value(): MeanTimes {
    const mean = (m: { sum: number; n: number }) => (m.n ? Math.round(m.sum / m.n) : 0);
    return { alerts: this.n, mttd_ms: mean(this.d), mttd_n: this.d.n, mtta_ms: mean(this.a), mtta_n: this.a.n, mttr_ms: mean(this.r), mttr_n: this.r.n };
  }
}

/**
 * MTTD (first event time → alert), MTTA (alert → acknowledged), MTTR (alert → closed) over the
 * alerts created since sinceMs, by severity and Hanoi day; volume and noise (false-positive share
 * of the closed alerts with a disposition) per rule. openBySeverity counts open alerts now.
 */
export function computeSocMetrics(alerts: readonly StoredAlert[], sinceMs: number, openBySeverity: ReadonlyMap<string, number>): SocMetrics {
  const overall = new Means();
  const bySeverity = new Map<string, Means>(SEVERITIES.map((s) => [s, new Means()]));
  const byDay = new Map<string, Means>();
  const byRule = new Map<string, RuleMetrics>();
  for (const a of alerts) {
    if (Number(a.created_ms) < sinceMs) continue;
    overall.add(a);
    bySeverity.get(a.severity)?.add(a);
    const day = hanoiDay(Number(a.created_ms));
    if (!byDay.has(day)) byDay.set(day, new Means());
    byDay.get(day)!.add(a);
    let r = byRule.get(a.rule_id);
    if (!r) byRule.set(a.rule_id, (r = { rule_id: a.rule_id, title: a.title, alerts: 0, events: 0, closed: 0, true_positive: 0, false_positive: 0, benign: 0, noise: 0 }));
    r.alerts++;
    r.events += a.count;
    if (a.status === 'closed') r.closed++;
    if (a.disposition === 'true_positive') r.true_positive++;
    else if (a.disposition === 'false_positive') r.false_positive++;
    else if (a.disposition === 'benign') r.benign++;
  }
  for (const r of byRule.values()) {
    const judged = r.true_positive + r.false_positive + r.benign;
    r.noise = judged ? r.false_positive / judged : 0;
  }
  return {
    since_ms: sinceMs,
    overall: overall.value,
    by_severity: [...bySeverity].map(([severity, m]) => ({ severity, times: m.value, open: openBySeverity.get(severity) ?? 0 })),
    by_day: [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, m]) => ({ day, times: m.value })),
    by_rule: [...byRule.values()].sort((a, b) => b.alerts - a.alerts || a.rule_id.localeCompare(b.rule_id)),
  };
}
