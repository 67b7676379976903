import { INCIDENT_SOURCES, isIncidentSource, type Incident, type IncidentSource, type IncidentStatus } from './incident';

/** SLA targets in minutes from creation; a rule may name a source, a priority, or both. */
export interface SlaRule {
  source?: IncidentSource;
  priority?: number;
  dispatchMin?: number;
  resolveMin?: number;
}

export interface SlaConfig {
  rules: SlaRule[];
}

export type SlaMilestone = 'dispatch' | 'resolve';
export type SlaState = 'none' | 'ok' | 'at_risk' | 'breached' | 'met';

/** At risk once less than this share of the window is left. */
export const AT_RISK_FRACTION = 0.25;
const MAX_MINUTES = 60 * 24 * 30;

const DISPATCHED: readonly IncidentStatus[] = ['dispatched', 'en_route', 'on_scene', 'resolved', 'closed'];
const RESOLVED: readonly IncidentStatus[] = ['resolved', 'closed'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates assets/dispatch/sla.json; every problem is named by its path (rules[2].dispatch_min: …). */
export function validateSlaConfig(data: unknown): { ok: true; value: SlaConfig } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (!isRecord(data) || !Array.isArray(data.rules) || data.rules.length === 0) return { ok: false, errors: ['rules: must be a list of at least one rule'] };
  for (const k of Object.keys(data)) if (!k.startsWith('_') && k !== 'rules') errors.push(`${k}: unknown key (allowed: rules)`);
  const rules: SlaRule[] = [];
  const seen = new Map<string, number>();
  data.rules.forEach((raw, i) => {
    const at = `rules[${i}]`;
    if (!isRecord(raw)) return void errors.push(`${at}: must be an object`);
    for (const k of Object.keys(raw)) if (!['source', 'priority', 'dispatch_min', 'resolve_min'].includes(k)) errors.push(`${at}.${k}: unknown key (allowed: source, priority, dispatch_min, resolve_min)`);
    const rule: SlaRule = {};
    if (raw.source !== undefined) {
      if (!isIncidentSource(raw.source)) errors.push(`${at}.source: "${String(raw.source)}" is not a source (one of ${INCIDENT_SOURCES.join(', ')})`);
      else rule.source = raw.source;
    }
    if (raw.priority !== undefined) {
      if (![1, 2, 3, 4].includes(raw.priority as number)) errors.push(`${at}.priority: must be 1 to 4, got ${JSON.stringify(raw.priority)}`);
      else rule.priority = raw.priority as number;
    }
    for (const [key, field] of [['dispatch_min', 'dispatchMin'], ['resolve_min', 'resolveMin']] as const) {
      const v = raw[key];
      if (v === undefined) continue;
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > MAX_MINUTES) errors.push(`${at}.${key}: must be minutes from 0 to ${MAX_MINUTES} (30 days), got ${JSON.stringify(v)}`);
      else rule[field] = v;
    }
    if (rule.dispatchMin === undefined && rule.resolveMin === undefined && raw.dispatch_min === undefined && raw.resolve_min === undefined) {
      errors.push(`${at}: give dispatch_min, resolve_min or both`);
    }
    const key = `${String(raw.source ?? '*')}/${String(raw.priority ?? '*')}`;
    if (seen.has(key)) errors.push(`${at}: same source and priority as rules[${seen.get(key)}]; merge them`);
    seen.set(key, i);
    rules.push(rule);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: { rules } };
}

/** The most specific rule giving each target wins: source and priority, then source, then priority, then neither. */
export function slaTargets(config: SlaConfig, source: string, priority: number): { dispatchMin: number; resolveMin: number } {
  const score = (r: SlaRule) => (r.source ? 2 : 0) + (r.priority ? 1 : 0);
  const matching = config.rules.filter((r) => (!r.source || r.source === source) && (!r.priority || r.priority === priority)).sort((a, b) => score(b) - score(a));
  return {
    dispatchMin: matching.find((r) => r.dispatchMin !== undefined)?.dispatchMin ?? 0,
    resolveMin: matching.find((r) => r.resolveMin !== undefined)?.resolveMin ?? 0,
  };
}

/** Deadlines (epoch ms, 0 = none) for an incident created at createdMs. */
export function slaDeadlines(config: SlaConfig, source: string, priority: number, createdMs: number): { dispatchDueMs: number; resolveDueMs: number } {
  const t = slaTargets(config, source, priority);
  return { dispatchDueMs: t.dispatchMin ? createdMs + t.dispatchMin * 60_000 : 0, resolveDueMs: t.resolveMin ? createdMs + t.resolveMin * 60_000 : 0 };
}

export function milestoneMet(status: IncidentStatus, milestone: SlaMilestone, assignedUnits = 0): boolean {
  return milestone === 'dispatch' ? DISPATCHED.includes(status) || assignedUnits > 0 : RESOLVED.includes(status);
}

/** Milestones whose deadline has passed unmet at nowMs (what the engine's timer records as breaches). */
export function dueBreaches(i: Pick<Incident, 'status' | 'assignedUnitIds' | 'slaDispatchDueMs' | 'slaResolveDueMs'>, nowMs: number): SlaMilestone[] {
  if (i.status === 'cancelled' || i.status === 'closed') return [];
  const out: SlaMilestone[] = [];
  const units = i.assignedUnitIds?.length ?? 0;
  if (i.slaDispatchDueMs && nowMs >= i.slaDispatchDueMs && !milestoneMet(i.status, 'dispatch', units)) out.push('dispatch');
  if (i.slaResolveDueMs && nowMs >= i.slaResolveDueMs && !milestoneMet(i.status, 'resolve', units)) out.push('resolve');
  return out;
}

export interface SlaStatus {
  state: SlaState;
  milestone?: SlaMilestone;
  dueMs?: number;
  /** Negative once breached. */
  remainingMs?: number;
}

/** The next unmet milestone with its countdown, for the grid column and the "SLA at risk" view. */
export function slaStatus(i: Pick<Incident, 'status' | 'createdMs' | 'assignedUnitIds' | 'slaDispatchDueMs' | 'slaResolveDueMs'>, nowMs: number): SlaStatus {
  if (i.status === 'cancelled') return { state: 'none' };
  const units = i.assignedUnitIds?.length ?? 0;
  const pending = (['dispatch', 'resolve'] as const)
    .map((m) => ({ m, due: m === 'dispatch' ? i.slaDispatchDueMs ?? 0 : i.slaResolveDueMs ?? 0 }))
    .filter((x) => x.due > 0);
  if (pending.length === 0) return { state: 'none' };
  const next = pending.find((x) => !milestoneMet(i.status, x.m, units));
  if (!next) return { state: 'met' };
  const remainingMs = next.due - nowMs;
  const window = Math.max(1, next.due - i.createdMs);
  const state: SlaState = remainingMs <= 0 ? 'breached' : remainingMs < window * AT_RISK_FRACTION ? 'at_risk' : 'ok';
  return { state, milestone: next.m, dueMs: next.due, remainingMs };
}

export function isSlaAtRisk(s: SlaStatus): boolean {
  return s.state === 'at_risk' || s.state === 'breached';
}
