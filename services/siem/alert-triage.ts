import type { Disposition } from '../../common/domain/alert';
import { applyTriage, type AlertTriageChange, type TriageState } from '../../common/domain/alert-triage';
import type { UpdateAlertRequest__Output } from '../../proto/gen/watchfloor/siem/v1/UpdateAlertRequest';
import { conflict, invalidArgument, notFound, requireRequestId } from '../kit/grpc-errors';
import { applyOnce } from '../kit/mutation';
import type { SiemStore, StoredAlert } from './store';

/** Notes kept per alert; older ones drop off so a record stays small. */
export const MAX_NOTES = 50;

/** Fills the triage fields an alert stored before triage existed lacks. */
export function withTriageDefaults(a: StoredAlert): StoredAlert {
  return {
    ...a,
    assignee: a.assignee ?? '',
    disposition: a.disposition ?? '',
    notes: a.notes ?? [],
    acknowledged_ms: a.acknowledged_ms ?? 0,
    closed_ms: a.closed_ms ?? 0,
    triage_version: a.triage_version ?? 0,
    attack_tags: a.attack_tags ?? [],
    asset_criticality: a.asset_criticality ?? 0,
    asset_name: a.asset_name ?? '',
  };
}

/** The request as a change: empty strings mean "leave as it is". */
export function changeFromRequest(req: UpdateAlertRequest__Output): AlertTriageChange {
  if (req.unassign && req.assignee) throw invalidArgument('assignee', 'must be empty when unassign is set');
  const change: AlertTriageChange = {};
  if (req.status) change.status = req.status as AlertTriageChange['status'];
  if (req.unassign) change.assignee = null;
  else if (req.assignee) change.assignee = req.assignee;
  if (req.disposition) change.disposition = req.disposition as Disposition;
  if (req.note) change.note = req.note;
  return change;
}

/** UpdateAlert: one triage step, once per request_id, rejected as stale if someone triaged since. */
export async function updateAlert(store: SiemStore, req: UpdateAlertRequest__Output, now = Date.now()): Promise<{ alert: StoredAlert }> {
  const requestId = requireRequestId(req.request_id);
  if (!req.alert_id) throw invalidArgument('alert_id', 'is required');
  if (!Number.isInteger(req.expected_version) || req.expected_version < 1) {
    throw invalidArgument('expected_version', `must be the version you last saw (≥ 1), got ${req.expected_version}`);
  }
  const change = changeFromRequest(req);
  const actor = req.actor || 'unknown';
  return applyOnce(store.db, store.log, requestId, 'UpdateAlert', async ({ tx, emit }) => {
    const found = await store.getAlert(tx, req.alert_id);
    if (!found) throw notFound('alert', req.alert_id);
    const current = withTriageDefaults(found);
    // Grouping bumps version without touching triage; only a triage change since makes this stale.
    if (req.expected_version < current.triage_version) {
      throw conflict(`alert ${current.id} was triaged at version ${current.triage_version} after the version ${req.expected_version} you saw`, current);
    }
    const state: TriageState = {
      status: current.status as TriageState['status'],
      assignee: current.assignee,
      disposition: current.disposition as TriageState['disposition'],
      acknowledgedMs: Number(current.acknowledged_ms),
      closedMs: Number(current.closed_ms),
    };
    const applied = applyTriage(state, change, now);
    if (!applied.ok) throw invalidArgument(applied.problem.field, `${applied.problem.message} (alert ${current.id} is ${current.status})`);
    const n = applied.next;
    const notes = change.note ? [...current.notes, { time_ms: now, author: actor, text: change.note.trim() }].slice(-MAX_NOTES) : current.notes;
    const version = current.version + 1;
    const alert: StoredAlert = {
      ...current,
      status: n.status,
      assignee: n.assignee,
      disposition: n.disposition,
      acknowledged_ms: n.acknowledgedMs,
      closed_ms: n.closedMs,
      acknowledged_by: current.acknowledged_by || (n.status !== 'new' ? actor : ''),
      notes,
      version,
      triage_version: version,
      updated_ms: now,
    };
    await store.putAlert(tx, alert);
    await emit('alert', alert.id, alert);
    return { alert };
  });
}
