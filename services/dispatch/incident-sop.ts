import { MAX_NOTE_CHARS } from '../../common/domain/sop';
import type { AddIncidentNoteRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/AddIncidentNoteRequest';
import type { TickSopStepRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/TickSopStepRequest';
import { failedPrecondition, invalidArgument, notFound, requireRequestId, staleVersion } from '../kit/grpc-errors';
import type { NotifyWardRequest__Output } from '../../proto/gen/watchfloor/dispatch/v1/NotifyWardRequest';
import { applyOnce } from '../kit/mutation';
import type { SopDefinition } from './sop-file';
import type { DispatchStore, StoredIncident, StoredSopStep } from './store';
import { nextIncident } from './incident-change';

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The SOP's steps as a fresh checklist for a new incident. */
export function checklistFrom(sop: SopDefinition | undefined): { sop_id: string; sop_steps: StoredSopStep[] } {
  if (!sop) return { sop_id: '', sop_steps: [] };
  return { sop_id: sop.type, sop_steps: sop.steps.map((s) => ({ ...s, done_by: '', done_ms: 0 })) };
}

function requireIncidentId(id: string): string {
  if (!id) throw invalidArgument('incident_id', 'is required');
  if (!ID.test(id)) throw invalidArgument('incident_id', `"${id.slice(0, 80)}" is not an incident id`);
  return id;
}

/**
 * Records who ticked a step and when. A step already ticked stays as first ticked (no new
 * version), so two operators ticking the same step at once do not conflict.
 */
export async function tickSopStep(store: DispatchStore, req: TickSopStepRequest__Output): Promise<{ incident: StoredIncident }> {
  const requestId = requireRequestId(req.request_id);
  const incidentId = requireIncidentId(req.incident_id);
  if (!req.step_id) throw invalidArgument('step_id', 'is required');
  if (!Number.isInteger(req.expected_version) || req.expected_version < 1) {
    throw invalidArgument('expected_version', `must be the incident version you last saw (≥ 1), got ${req.expected_version}`);
  }
  return applyOnce(store.db, store.log, requestId, 'TickSopStep', async ({ tx, emit }) => {
    const current = await store.getIncident(tx, incidentId);
    if (!current) throw notFound('incident', incidentId);
    const steps = current.sop_steps ?? [];
    const step = steps.find((s) => s.id === req.step_id);
    if (!step) {
      const known = steps.map((s) => s.id).join(', ') || 'none: this incident has no SOP';
      throw invalidArgument('step_id', `"${req.step_id.slice(0, 80)}" is not a step of incident ${current.id}'s SOP (steps: ${known})`);
    }
    if (step.done_ms > 0) return { incident: current };
    if (current.version !== req.expected_version) throw staleVersion('incident', current.id, req.expected_version, current);
    const now = Date.now();
    const actor = req.actor || 'unknown';
    const incident = nextIncident(current, { sop_steps: steps.map((s) => (s.id === step.id ? { ...s, done_by: actor, done_ms: now } : s)) }, actor, now);
    await store.putIncident(tx, incident);
    await emit('incident', incident.id, incident);
    return { incident };
  });
}

/** Appends a note; notes never conflict, so no expected_version. */
export async function addIncidentNote(store: DispatchStore, req: AddIncidentNoteRequest__Output): Promise<{ incident: StoredIncident }> {
  const requestId = requireRequestId(req.request_id);
  const incidentId = requireIncidentId(req.incident_id);
  const text = (req.text ?? '').trim();
  if (!text) throw invalidArgument('text', 'is required (1 to 2,000 characters)');
  if (text.length > MAX_NOTE_CHARS) throw invalidArgument('text', `at most ${MAX_NOTE_CHARS} characters, got ${text.length}`);
  return applyOnce(store.db, store.log, requestId, 'AddIncidentNote', async ({ tx, emit }) => {
    const current = await store.getIncident(tx, incidentId);
    if (!current) throw notFound('incident', incidentId);
    const now = Date.now();
    const actor = req.actor || 'unknown';
    const notes = current.notes ?? [];
    const incident = nextIncident(current, { notes: [...notes, { id: `N${notes.length + 1}`, text, author: actor, time_ms: now }] }, actor, now);
    await store.putIncident(tx, incident);
    await emit('incident', incident.id, incident);
    return { incident };
  });
}

/** Statuses an incident may only reach once every required SOP step is ticked. */
export const GATED_STATUSES: readonly string[] = ['resolved', 'closed'];

/**
 * The SOP gate: resolving or closing with required steps open is refused, naming them
 * (field sop_steps, the ids after "not ticked: ", so consoles can show the steps' titles).
 */
export function assertSopAllows(current: StoredIncident, to: string): void {
  if (!GATED_STATUSES.includes(to)) return;
  const open = (current.sop_steps ?? []).filter((s) => s.required && !(s.done_ms > 0));
  if (open.length === 0) return;
  throw failedPrecondition(`sop_steps: incident ${current.id} cannot be ${to}: required SOP steps not ticked: ${open.map((s) => s.id).join(', ')}`);
}

export const MAX_WARD_MESSAGE_CHARS = 500;

/** Records a notification to the incident's ward (who, when, what) and ticks the notify_ward step it fulfils. */
export async function notifyWard(store: DispatchStore, req: NotifyWardRequest__Output): Promise<{ incident: StoredIncident }> {
  const requestId = requireRequestId(req.request_id);
  const incidentId = requireIncidentId(req.incident_id);
  const message = (req.message ?? '').trim();
  if (message.length > MAX_WARD_MESSAGE_CHARS) throw invalidArgument('message', `at most ${MAX_WARD_MESSAGE_CHARS} characters, got ${message.length}`);
  return applyOnce(store.db, store.log, requestId, 'NotifyWard', async ({ tx, emit }) => {
    const current = await store.getIncident(tx, incidentId);
    if (!current) throw notFound('incident', incidentId);
    if (!current.ward) throw failedPrecondition(`incident_id: incident ${current.id} has no ward to notify`);
    const steps = current.sop_steps ?? [];
    if (req.step_id) {
      const step = steps.find((s) => s.id === req.step_id);
      if (!step) throw invalidArgument('step_id', `"${req.step_id.slice(0, 80)}" is not a step of incident ${current.id}'s SOP`);
      if (step.action !== 'notify_ward') throw invalidArgument('step_id', `step ${step.id} is not a notify_ward step (its action is "${step.action || 'none'}")`);
    }
    const now = Date.now();
    const actor = req.actor || 'unknown';
    const text = message || `${current.id}: ${current.type} P${current.priority}, ${current.ward}${current.description ? ` — ${current.description}` : ''}`;
    const sent = { ward: current.ward, step_id: req.step_id ?? '', message: text, sent_by: actor, sent_ms: now };
    const incident = nextIncident(
      current,
      {
        ward_notifications: [...(current.ward_notifications ?? []), sent],
        sop_steps: steps.map((s) => (s.id === req.step_id && !(s.done_ms > 0) ? { ...s, done_by: actor, done_ms: now } : s)),
      },
      actor,
      now,
    );
    await store.putIncident(tx, incident);
    await emit('incident', incident.id, incident);
    return { incident };
  });
}
