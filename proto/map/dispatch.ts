import type { Incident, IncidentSource, IncidentStatus, IncidentType, Priority } from '../../common/domain/incident';
import type { Agency, Unit, UnitStatus } from '../../common/domain/unit';
import type { SopAction, SopStep, TimelineEntry } from '../../common/domain/sop';
import type { Incident__Output } from '../gen/watchfloor/dispatch/v1/Incident';
import type { SopStep__Output } from '../gen/watchfloor/dispatch/v1/SopStep';
import type { TimelineEntry__Output } from '../gen/watchfloor/dispatch/v1/TimelineEntry';
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
    sopId: w.sop_id ?? '',
    sopSteps: (w.sop_steps ?? []).map(sopStepFromWire),
    notes: (w.notes ?? []).map((n) => ({ id: n.id, text: n.text, author: n.author, timeMs: Number(n.time_ms) })),
    slaDispatchDueMs: Number(w.sla_dispatch_due_ms ?? 0),
    slaResolveDueMs: Number(w.sla_resolve_due_ms ?? 0),
    slaBreaches: w.sla_breaches ?? [],
    linkedReports: (w.linked_reports ?? []).map((r) => ({
      reportId: r.report_id,
      description: r.description,
      location: { lat: r.location?.lat ?? 0, lon: r.location?.lon ?? 0 },
      receivedMs: Number(r.received_ms),
      distanceM: r.distance_m,
      reporter: r.reporter,
    })),
    mergedInto: w.merged_into ?? '',
    mergedIds: w.merged_ids ?? [],
    wardNotifications: (w.ward_notifications ?? []).map((n) => ({ ward: n.ward, stepId: n.step_id, message: n.message, sentBy: n.sent_by, sentMs: Number(n.sent_ms) })),
    reallocations: (w.reallocations ?? []).map((r) => ({
      unitId: r.unit_id,
      callSign: r.call_sign,
      fromIncidentId: r.from_incident_id,
      fromPriority: r.from_priority,
      toIncidentId: r.to_incident_id,
      toPriority: r.to_priority,
      actor: r.actor,
      timeMs: Number(r.time_ms),
    })),
  };
}

function sopStepFromWire(s: SopStep__Output): SopStep {
  return {
    id: s.id,
    title: s.title,
    titleEn: s.title_en,
    required: s.required,
    action: s.action as SopAction | '',
    actionParam: s.action_param,
    doneBy: s.done_by,
    doneMs: Number(s.done_ms),
  };
}

export function timelineEntryFromWire(e: TimelineEntry__Output): TimelineEntry {
  return { seq: Number(e.seq), timeMs: Number(e.time_ms), actor: e.actor, change: e.change as TimelineEntry['change'], detail: e.detail, version: e.version };
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
    route: (w.route ?? []).map((p) => ({ lat: p.lat, lon: p.lon })),
    routeEtaS: w.route_eta_s ?? 0,
    routeDistanceM: w.route_distance_m ?? 0,
    routeEstimate: w.route_estimate ?? '',
    routeComputedMs: Number(w.route_computed_ms ?? 0),
  };
}
