import { INCIDENT_STATUSES, type Incident, type IncidentStatus } from '../../../../common/domain/incident';
import { isSlaAtRisk, slaStatus } from '../../../../common/domain/sla';

export const QUICK_VIEWS = ['all', 'p1p2', 'sla', 'ward'] as const;
export type QuickView = (typeof QUICK_VIEWS)[number];

/** Whether an incident shows in a quick view; "ward" needs a ward chosen (otherwise it shows all). */
export function inQuickView(view: QuickView, incident: Incident, nowMs: number, ward: string): boolean {
  switch (view) {
    case 'all':
      return true;
    case 'p1p2':
      return incident.priority <= 2;
    case 'sla':
      return isSlaAtRisk(slaStatus(incident, nowMs));
    case 'ward':
      return ward === '' || incident.ward === ward;
  }
}

/** Incidents per quick view, for the view buttons' badges. */
export function quickViewCounts(incidents: Iterable<Incident>, nowMs: number, ward: string): Record<QuickView, number> {
  const out: Record<QuickView, number> = { all: 0, p1p2: 0, sla: 0, ward: 0 };
  for (const i of incidents) for (const v of QUICK_VIEWS) if (inQuickView(v, i, nowMs, ward)) out[v]++;
  return out;
}

/** Counts by status in lifecycle order, leaving out statuses with none. */
export function statusCounts(incidents: Iterable<Incident>): { status: IncidentStatus; n: number }[] {
  const n = new Map<IncidentStatus, number>();
  for (const i of incidents) n.set(i.status, (n.get(i.status) ?? 0) + 1);
  return INCIDENT_STATUSES.filter((s) => n.has(s)).map((s) => ({ status: s, n: n.get(s)! }));
}

/** Wards that have incidents, sorted for the ward picker (Vietnamese collation). */
export function wardsOf(incidents: Iterable<Incident>): string[] {
  const set = new Set<string>();
  for (const i of incidents) if (i.ward) set.add(i.ward);
  return [...set].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** The SLA column's sort key: breached first, then least time left; no SLA last. */
export function slaSortKey(incident: Incident, nowMs: number): number {
  const s = slaStatus(incident, nowMs);
  return s.remainingMs ?? Number.MAX_SAFE_INTEGER;
}
