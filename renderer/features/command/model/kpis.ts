// Command-room figures, computed from the window state. Pure.
import type { ConsoleStatus } from '../../../../common/bridge/contract';
import { SEVERITIES, type Alert, type Severity } from '../../../../common/domain/alert';
import { CAMERA_STATUSES, type Camera, type CameraStatus } from '../../../../common/domain/camera';
import { isOpenStatus, PRIORITIES, type Incident, type Priority } from '../../../../common/domain/incident';
import { AGENCIES, type Agency, type Unit } from '../../../../common/domain/unit';

export interface Kpis {
  openIncidentsByPriority: Record<Priority, number>;
  openIncidents: number;
  unitsByAgency: Record<Agency, { available: number; total: number }>;
  openAlertsBySeverity: Record<Severity, number>;
  openAlerts: number;
  cameras: Record<CameraStatus, number> & { total: number };
}

function zeros<K extends string | number>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function computeKpis(incidents: Iterable<Incident>, units: Iterable<Unit>, alerts: Iterable<Alert>, cameras: Iterable<Camera>): Kpis {
  const openIncidentsByPriority = zeros(PRIORITIES);
  let openIncidents = 0;
  for (const i of incidents) {
    if (!isOpenStatus(i.status)) continue;
    openIncidentsByPriority[i.priority] += 1;
    openIncidents += 1;
  }
  const unitsByAgency = Object.fromEntries(AGENCIES.map((a) => [a, { available: 0, total: 0 }])) as Kpis['unitsByAgency'];
  for (const u of units) {
    const slot = unitsByAgency[u.agency];
    if (!slot) continue;
    slot.total += 1;
    if (u.status === 'available') slot.available += 1;
  }
  const openAlertsBySeverity = zeros(SEVERITIES);
  let openAlerts = 0;
  for (const a of alerts) {
    if (a.status === 'closed') continue;
    openAlertsBySeverity[a.severity] += 1;
    openAlerts += 1;
  }
  const cams = { ...zeros(CAMERA_STATUSES), total: 0 };
  for (const c of cameras) {
    cams[c.status] += 1;
    cams.total += 1;
  }
  return { openIncidentsByPriority, openIncidents, unitsByAgency, openAlertsBySeverity, openAlerts, cameras: cams };
}

/** Engines not ready, for the health tile's headline. */
export function enginesDown(status: ConsoleStatus | null): number {
  if (!status) return 0;
  return Object.values(status.engines).filter((e) => e.state !== 'ready').length;
}
