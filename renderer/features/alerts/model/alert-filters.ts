import { ASSET_KINDS, type Alert, type AssetKind } from '../../../../common/domain/alert';
import { alertTactics, inPeriod, techniquesOf, type MatrixPeriod } from './attack-matrix';

/** Quick views; severe and unacked stay for the existing filter actions. */
export const ALERT_FILTERS = ['all', 'critical', 'severe', 'unacked', 'mine', 'unassigned'] as const;
export type AlertFilter = (typeof ALERT_FILTERS)[number];

/** A quick view plus the optional tactic and asset-type narrowing. */
export interface AlertView {
  filter: AlertFilter;
  tactic: string;
  assetKind: AssetKind | '';
  /** An ATT&CK technique id (T1110) picked in the matrix, or "". */
  technique?: string;
  /** The matrix period the tactic/technique was picked under; the grid then shows the alerts it counted. */
  period?: MatrixPeriod | '';
}

export const ALL_ALERTS: AlertView = { filter: 'all', tactic: '', assetKind: '', technique: '', period: '' };

export function isNarrowed(view: AlertView): boolean {
  return view.filter !== 'all' || !!view.tactic || !!view.assetKind || !!view.technique || !!view.period;
}

/** ATT&CK tactics from the rule's tags (attack.credential_access), techniques (attack.t1110) left out. */
export function tacticsOf(alert: Alert): string[] {
  return (alert.attackTags ?? []).filter((t) => t.startsWith('attack.') && !/^attack\.t\d{4}/.test(t)).map((t) => t.slice('attack.'.length));
}

export function alertPasses(filter: AlertFilter, alert: Alert, operator = ''): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'critical':
      return alert.severity === 'critical' && alert.status !== 'closed';
    case 'severe':
      return alert.severity === 'critical' || alert.severity === 'high';
    case 'unacked':
      return alert.status === 'new';
    case 'mine':
      return !!operator && alert.assignee === operator && alert.status !== 'closed';
    case 'unassigned':
      return !alert.assignee && alert.status !== 'closed';
  }
}

export function viewPasses(view: AlertView, alert: Alert, operator = '', nowMs = Date.now()): boolean {
  if (!alertPasses(view.filter, alert, operator)) return false;
  if (view.assetKind && alert.assetKind !== view.assetKind) return false;
  if (view.period && !inPeriod(alert, view.period, nowMs)) return false;
  if (view.technique && !techniquesOf(alert).includes(view.technique)) return false;
  return !view.tactic || alertTactics(alert).has(view.tactic);
}

export interface ViewCounts {
  filters: Record<AlertFilter, number>;
  tactics: Map<string, number>;
  assetKinds: Map<AssetKind, number>;
}

/** How many alerts each quick view, tactic and asset type would show (tactic/type counts open alerts). */
export function viewCounts(alerts: Iterable<Alert>, operator = ''): ViewCounts {
  const filters = Object.fromEntries([...ALERT_FILTERS].map((f) => [f, 0])) as Record<AlertFilter, number>;
  const tactics = new Map<string, number>();
  const assetKinds = new Map<AssetKind, number>(ASSET_KINDS.map((k) => [k, 0]));
  for (const a of alerts) {
    for (const f of ALERT_FILTERS) if (alertPasses(f, a, operator)) filters[f]++;
    if (a.status === 'closed') continue;
    for (const t of alertTactics(a)) tactics.set(t, (tactics.get(t) ?? 0) + 1);
    assetKinds.set(a.assetKind, (assetKinds.get(a.assetKind) ?? 0) + 1);
  }
  return { filters, tactics, assetKinds };
}

/** Only a new alert can be acknowledged; later states already imply it. */
export function canAcknowledge(alert: Alert): boolean {
  return alert.status === 'new';
}
