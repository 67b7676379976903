import { isOpenStatus, type IncidentStatus } from '../../common/domain/incident';
import type { AssignUnitsRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/AssignUnitsRequest';
import type { ReleaseUnitRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/ReleaseUnitRequest';
import { conflict, failedPrecondition, invalidArgument, notFound, requireRequestId, staleVersion } from '../kit/grpc-errors';
import { applyOnce, type MutationContext } from '../kit/mutation';
import type { DispatchStore, StoredIncident, StoredUnit } from './store';
import { nextIncident } from './incident-change';
import { Router } from './routing/router';
import { NO_ROUTE, routeTo } from './unit-route';
import type { StoredReallocation } from './store';

export const MAX_UNITS_PER_ASSIGNMENT = 20;
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
/** A unit in one of these may be given a new incident. */
const ASSIGNABLE: readonly string[] = ['available', 'returning'];
/** A unit working an incident in one of these may be taken for a higher-priority one. */
export const REALLOCATABLE: readonly string[] = ['dispatched', 'en_route', 'on_scene'];
/** Only incidents this urgent (P1, P2) may take units from others. */
export const REALLOCATION_MAX_PRIORITY = 2;

function validateAssign(req: Omit<AssignUnitsRequest__Output, 'allow_reallocation'>): { requestId: string; unitIds: string[] } {
  const requestId = requireRequestId(req.request_id);
  if (!req.incident_id) throw invalidArgument('incident_id', 'is required');
  if (!ID.test(req.incident_id)) throw invalidArgument('incident_id', `"${req.incident_id.slice(0, 80)}" is not an incident id`);
  const ids = req.unit_ids ?? [];
  if (ids.length === 0) throw invalidArgument('unit_ids', 'name at least one unit to assign');
  if (ids.length > MAX_UNITS_PER_ASSIGNMENT) throw invalidArgument('unit_ids', `at most ${MAX_UNITS_PER_ASSIGNMENT} units per assignment, got ${ids.length}`);
  ids.forEach((id, i) => {
    if (!ID.test(id)) throw invalidArgument(`unit_ids[${i}]`, `"${id.slice(0, 80)}" is not a unit id`);
    if (ids.indexOf(id) !== i) throw invalidArgument(`unit_ids[${i}]`, `${id} is listed twice`);
  });
  if (!Number.isInteger(req.expected_version) || req.expected_version < 1) {
    throw invalidArgument('expected_version', `must be the incident version you last saw (≥ 1), got ${req.expected_version}`);
  }
  return { requestId, unitIds: ids };
}

/**
 * Assigns units to an incident in one transaction: every unit becomes dispatched on it, the
 * incident lists them (and becomes dispatched if it was new or verified). A unit already on
 * another incident aborts the whole request, naming the unit and that incident.
 */
export async function assignUnits(
  store: DispatchStore,
  req: Omit<AssignUnitsRequest__Output, 'allow_reallocation'> & { allow_reallocation?: boolean },
  router: Router = new Router(),
): Promise<{ incident: StoredIncident; units: StoredUnit[]; reallocated_from: StoredIncident[] }> {
  const { requestId, unitIds } = validateAssign(req);
  const actor = req.actor || 'unknown';
  return applyOnce(store.db, store.log, requestId, 'AssignUnits', async ({ tx, emit }) => {
    const current = await store.getIncident(tx, req.incident_id);
    if (!current) throw notFound('incident', req.incident_id);
    if (current.version !== req.expected_version) throw staleVersion('incident', current.id, req.expected_version, current);
    if (!isOpenStatus(current.status as IncidentStatus)) {
      throw failedPrecondition(`incident_id: incident ${current.id} is ${current.status}; units can only be assigned to an open incident`);
    }
    const now = Date.now();
    const units: StoredUnit[] = [];
    const changed: StoredUnit[] = [];
    const taken: StoredReallocation[] = [];
    /** Incidents losing units to this one, changed once each however many units they give. */
    const donors = new Map<string, StoredIncident>();
    for (const id of unitIds) {
      const unit = await store.getUnit(tx, id);
      if (!unit) throw notFound('unit', id);
      if (unit.incident_id === current.id) {
        units.push(unit);
        continue;
      }
      if (unit.incident_id) {
        const donor = donors.get(unit.incident_id) ?? (await store.getIncident(tx, unit.incident_id));
        const why = reallocationRefusal(req.allow_reallocation === true, current, donor, unit);
        if (why) throw conflict(`unit ${unit.id} (${unit.call_sign}) is already assigned to incident ${unit.incident_id}; ${why}`, unit);
        donors.set(donor!.id, donor!);
        taken.push({ unit_id: unit.id, call_sign: unit.call_sign, from_incident_id: donor!.id, from_priority: donor!.priority, to_incident_id: current.id, to_priority: current.priority, actor, time_ms: now });
      } else if (!ASSIGNABLE.includes(unit.status)) {
        throw failedPrecondition(`unit_ids: unit ${unit.id} (${unit.call_sign}) is ${unit.status}, not available`);
      }
      const moved: StoredUnit = { ...unit, ...routeTo(router, unit.position, current.location, now), status: 'dispatched', incident_id: current.id, updated_ms: now, version: unit.version + 1 };
      units.push(moved);
      changed.push(moved);
    }
    const assignedIds = [...new Set([...(current.assigned_unit_ids ?? []), ...unitIds])];
    const status = current.status === 'new' || current.status === 'verified' ? 'dispatched' : current.status;
    const incident = nextIncident(current, { status, assigned_unit_ids: assignedIds, ...(taken.length ? { reallocations: [...(current.reallocations ?? []), ...taken] } : {}) }, actor, now);
    const reallocatedFrom = [...donors.values()].map((d) => {
      const gone = taken.filter((t) => t.from_incident_id === d.id);
      const ids = new Set(gone.map((t) => t.unit_id));
      return nextIncident(d, { assigned_unit_ids: (d.assigned_unit_ids ?? []).filter((u) => !ids.has(u)), reallocations: [...(d.reallocations ?? []), ...gone] }, actor, now);
    });
    for (const u of changed) {
      await store.putUnit(tx, u);
      await emit('unit', u.id, u);
    }
    for (const d of reallocatedFrom) {
      await store.putIncident(tx, d);
      await emit('incident', d.id, d);
    }
    await store.putIncident(tx, incident);
    await emit('incident', incident.id, incident);
    return { incident, units, reallocated_from: reallocatedFrom };
  });
}

/** Why a unit on `donor` may not be taken for `target` (empty when it may). */
export function reallocationRefusal(allowed: boolean, target: StoredIncident, donor: StoredIncident | undefined, unit: StoredUnit): string {
  if (!allowed) return 'release it first';
  if (!donor) return `incident ${unit.incident_id} does not exist; release the unit first`;
  if (target.priority > REALLOCATION_MAX_PRIORITY) return `only P1–P${REALLOCATION_MAX_PRIORITY} incidents may take units from others (${target.id} is P${target.priority})`;
  if (donor.priority <= target.priority) return `${donor.id} is P${donor.priority}, not lower than ${target.id} (P${target.priority})`;
  if (!REALLOCATABLE.includes(unit.status)) return `the unit is ${unit.status}`;
  return '';
}

/** Inside a transaction: every unit still on the incident becomes available (it closed or was cancelled). */
export async function freeUnitsOf(store: DispatchStore, tx: MutationContext['tx'], emit: MutationContext['emit'], incident: StoredIncident, now: number): Promise<void> {
  for (const id of incident.assigned_unit_ids ?? []) {
    const unit = await store.getUnit(tx, id);
    if (!unit || unit.incident_id !== incident.id) continue;
    const freed: StoredUnit = { ...unit, ...NO_ROUTE, status: 'available', incident_id: '', updated_ms: now, version: unit.version + 1 };
    await store.putUnit(tx, freed);
    await emit('unit', freed.id, freed);
  }
}

/** Frees a unit from its incident (status available); the incident no longer lists it. */
export async function releaseUnit(store: DispatchStore, req: ReleaseUnitRequest__Output): Promise<{ unit: StoredUnit; incident?: StoredIncident }> {
  const requestId = requireRequestId(req.request_id);
  if (!req.unit_id) throw invalidArgument('unit_id', 'is required');
  if (!ID.test(req.unit_id)) throw invalidArgument('unit_id', `"${req.unit_id.slice(0, 80)}" is not a unit id`);
  const actor = req.actor || 'unknown';
  return applyOnce(store.db, store.log, requestId, 'ReleaseUnit', async ({ tx, emit }) => {
    const current = await store.getUnit(tx, req.unit_id);
    if (!current) throw notFound('unit', req.unit_id);
    if (!current.incident_id && current.status === 'available') throw failedPrecondition(`unit_id: unit ${current.id} (${current.call_sign}) is already available`);
    const now = Date.now();
    const unit: StoredUnit = { ...current, ...NO_ROUTE, status: 'available', incident_id: '', updated_ms: now, version: current.version + 1 };
    await store.putUnit(tx, unit);
    await emit('unit', unit.id, unit);
    let incident: StoredIncident | undefined;
    const inc = current.incident_id ? await store.getIncident(tx, current.incident_id) : undefined;
    if (inc) {
      incident = nextIncident(inc, { assigned_unit_ids: (inc.assigned_unit_ids ?? []).filter((id) => id !== unit.id) }, actor, now);
      await store.putIncident(tx, incident);
      await emit('incident', incident.id, incident);
    }
    return incident ? { unit, incident } : { unit };
  });
}
