import { isOpenStatus, type IncidentStatus } from '../../common/domain/incident';
import type { AssignUnitsRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/AssignUnitsRequest';
import type { ReleaseUnitRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/ReleaseUnitRequest';
import { conflict, failedPrecondition, invalidArgument, notFound, requireRequestId, staleVersion } from '../kit/grpc-errors';
import { applyOnce, type MutationContext } from '../kit/mutation';
import type { DispatchStore, StoredIncident, StoredUnit } from './store';
import { nextIncident } from './incident-change';

export const MAX_UNITS_PER_ASSIGNMENT = 20;
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
/** A unit in one of these may be given a new incident. */
const ASSIGNABLE: readonly string[] = ['available', 'returning'];

function validateAssign(req: AssignUnitsRequest__Output): { requestId: string; unitIds: string[] } {
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
export async function assignUnits(store: DispatchStore, req: AssignUnitsRequest__Output): Promise<{ incident: StoredIncident; units: StoredUnit[] }> {
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
    for (const id of unitIds) {
      const unit = await store.getUnit(tx, id);
      if (!unit) throw notFound('unit', id);
      if (unit.incident_id === current.id) {
        units.push(unit);
        continue;
      }
      if (unit.incident_id) throw conflict(`unit ${unit.id} (${unit.call_sign}) is already assigned to incident ${unit.incident_id}; release it first`, unit);
      if (!ASSIGNABLE.includes(unit.status)) throw failedPrecondition(`unit_ids: unit ${unit.id} (${unit.call_sign}) is ${unit.status}, not available`);
      const moved: StoredUnit = { ...unit, status: 'dispatched', incident_id: current.id, updated_ms: now, version: unit.version + 1 };
      units.push(moved);
      changed.push(moved);
    }
    const assignedIds = [...new Set([...(current.assigned_unit_ids ?? []), ...unitIds])];
    const status = current.status === 'new' || current.status === 'verified' ? 'dispatched' : current.status;
    const incident = nextIncident(current, { status, assigned_unit_ids: assignedIds }, actor, now);
    for (const u of changed) {
      await store.putUnit(tx, u);
      await emit('unit', u.id, u);
    }
    await store.putIncident(tx, incident);
    await emit('incident', incident.id, incident);
    return { incident, units };
  });
}

/** Inside a transaction: every unit still on the incident becomes available (it closed or was cancelled). */
export async function freeUnitsOf(store: DispatchStore, tx: MutationContext['tx'], emit: MutationContext['emit'], incident: StoredIncident, now: number): Promise<void> {
  for (const id of incident.assigned_unit_ids ?? []) {
    const unit = await store.getUnit(tx, id);
    if (!unit || unit.incident_id !== incident.id) continue;
    const freed: StoredUnit = { ...unit, status: 'available', incident_id: '', updated_ms: now, version: unit.version + 1 };
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
    const unit: StoredUnit = { ...current, status: 'available', incident_id: '', updated_ms: now, version: current.version + 1 };
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
