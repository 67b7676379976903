import type { Incident, IncidentSource, IncidentStatus, IncidentType, Priority } from '../../common/domain/incident';
import type { Agency, Unit, UnitStatus } from '../../common/domain/unit';
import type { Incident__Output } from '../gen/watchfloor/dispatch/v1/Incident';
import type { Unit__Output } from '../gen/watchfloor/dispatch/v1/Unit';

/** Wire → domain. The engine validated these values when it accepted them. */
export function incidentFromWire(w: Incident__Output): Incident {
  return {
    id: w.id,
    type: w.type as IncidentType,
    priority: w.priority as Priority,
    status: w.status as IncidentStatus,
    location: { lat: w.location?.lat ?? 0, lon: w.location?.lon ?? 0 },
    ward: w.ward,
    description: w.description,
    source: w.source as IncidentSource,
    createdMs: Number(w.created_ms),
    updatedMs: Number(w.updated_ms),
    version: w.version,
    updatedBy: w.updated_by,
    assignedUnitIds: w.assigned_unit_ids ?? [],
  };
}

export function unitFromWire(w: Unit__Output): Unit {
  return {
    id: w.id,
    callSign: w.call_sign,
    agency: w.agency as Agency,
    kind: w.kind,
    status: w.status as UnitStatus,
    position: { lat: w.position?.lat ?? 0, lon: w.position?.lon ?? 0 },
    headingDeg: w.heading_deg,
    speedKmh: w.speed_kmh,
    incidentId: w.incident_id,
    updatedMs: Number(w.updated_ms),
    version: w.version,
  };
}
