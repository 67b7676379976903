import { isOpenStatus, type IncidentStatus } from '../../common/domain/incident';
import type { MergeIncidentsRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/MergeIncidentsRequest';
import { failedPrecondition, invalidArgument, notFound, requireRequestId, staleVersion } from '../kit/grpc-errors';
import { applyOnce } from '../kit/mutation';
import type { DispatchStore, StoredIncident } from './store';
import { nextIncident } from './incident-change';

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * Merges a duplicate into the incident that carries on: the duplicate becomes merged (pointing at
 * the survivor), the survivor lists it and takes over its linked citizen reports. A duplicate with
 * units on it is refused; release or reassign them first.
 */
export async function mergeIncidents(store: DispatchStore, req: MergeIncidentsRequest__Output): Promise<{ source: StoredIncident; target: StoredIncident }> {
  const requestId = requireRequestId(req.request_id);
  for (const f of ['source_incident_id', 'target_incident_id'] as const) {
    if (!req[f]) throw invalidArgument(f, 'is required');
    if (!ID.test(req[f])) throw invalidArgument(f, `"${req[f].slice(0, 80)}" is not an incident id`);
  }
  if (req.source_incident_id === req.target_incident_id) throw invalidArgument('target_incident_id', `cannot merge ${req.source_incident_id} into itself`);
  if (!Number.isInteger(req.expected_source_version) || req.expected_source_version < 1) {
    throw invalidArgument('expected_source_version', `must be the duplicate's version you last saw (≥ 1), got ${req.expected_source_version}`);
  }
  return applyOnce(store.db, store.log, requestId, 'MergeIncidents', async ({ tx, emit }) => {
    const source = await store.getIncident(tx, req.source_incident_id);
    if (!source) throw notFound('incident', req.source_incident_id);
    const target = await store.getIncident(tx, req.target_incident_id);
    if (!target) throw notFound('incident', req.target_incident_id);
    if (source.version !== req.expected_source_version) throw staleVersion('incident', source.id, req.expected_source_version, source);
    for (const [field, i] of [['source_incident_id', source], ['target_incident_id', target]] as const) {
      if (!isOpenStatus(i.status as IncidentStatus)) throw failedPrecondition(`${field}: incident ${i.id} is ${i.status}; only open incidents can be merged`);
    }
    if ((source.assigned_unit_ids ?? []).length > 0) {
      throw failedPrecondition(`source_incident_id: incident ${source.id} has units ${source.assigned_unit_ids!.join(', ')}; release them before merging`);
    }
    const now = Date.now();
    const actor = req.actor || 'unknown';
    const merged = nextIncident(source, { status: 'merged', merged_into: target.id }, actor, now);
    const survivor = nextIncident(
      target,
      { merged_ids: [...(target.merged_ids ?? []), source.id], linked_reports: [...(target.linked_reports ?? []), ...(source.linked_reports ?? [])] },
      actor,
      now,
    );
    await store.putIncident(tx, merged);
    await store.putIncident(tx, survivor);
    await emit('incident', merged.id, merged);
    await emit('incident', survivor.id, survivor);
    return { source: merged, target: survivor };
  });
}
