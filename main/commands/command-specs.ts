import { randomUUID } from 'node:crypto';
import type { AcknowledgeAlertArgs, CommandKind, Delta, SetIncidentStatusArgs } from '../../common/bridge/contract';
import type { EngineName } from '../../common/domain/engines';
import { validateCreateIncident, validateSetIncidentStatus, type CreateIncidentInput } from '../../common/domain/incident-validation';
import { invalid, ok, type Result } from '../../common/result';
import { callUnary } from '../../proto/clients';
import { incidentFromWire, unitFromWire } from '../../proto/map/dispatch';
import { validateAssignUnits, type Assignment, type AssignUnitsArgs } from '../../common/domain/recommendation';
import { alertFromWire } from '../../proto/map/siem';
import { caseFromWire } from '../../proto/map/siem-soc';
import type { EngineClients } from '../engines/engine-adapters';
import { validateAddIncidentNote, validateMergeIncidents, validateTickSopStep, type AddIncidentNoteArgs, type MergeIncidentsArgs, type TickSopStepArgs } from '../../common/domain/sop-commands';
import { createCase, createSuppression, updateAlert, updateCase } from './siem-commands';
import { validateNotifyWard, type NotifyWardArgs } from '../../common/domain/sop-commands';

export const COMMAND_DEADLINE_MS = 5000;

/** One kind of operator command: how to check it, describe it, send it, and what it changes. */
export interface CommandSpec<Args, Rec> {
  kind: CommandKind;
  engine: EngineName;
  validate(args: unknown): Result<Args>;
  summary(args: Args): string;
  /** Sends with requestId = the command id, so a retry takes effect once. */
  send(clients: EngineClients, args: Args, requestId: string, actor: string): Promise<Rec>;
  toDelta(record: Rec): Delta;
}

const createIncident: CommandSpec<CreateIncidentInput, ReturnType<typeof incidentFromWire>> = {
  kind: 'createIncident',
  engine: 'dispatch',
  validate: validateCreateIncident,
  summary: (a) => `new ${a.type} P${a.priority} at ${a.location.lat.toFixed(5)}, ${a.location.lon.toFixed(5)}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(c.dispatch, c.dispatch.CreateIncident, { request_id: requestId, ...a, actor }, COMMAND_DEADLINE_MS);
    return incidentFromWire(r.incident!);
  },
  toDelta: (incident) => ({ incidents: [incident] }),
};

const setIncidentStatus: CommandSpec<SetIncidentStatusArgs, ReturnType<typeof incidentFromWire>> = {
  kind: 'setIncidentStatus',
  engine: 'dispatch',
  validate: validateSetIncidentStatus,
  summary: (a) => `${a.incidentId} → ${a.status}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(
      c.dispatch,
      c.dispatch.UpdateIncidentStatus,
      { request_id: requestId, incident_id: a.incidentId, status: a.status, expected_version: a.expectedVersion, actor },
      COMMAND_DEADLINE_MS,
    );
    return incidentFromWire(r.incident!);
  },
  toDelta: (incident) => ({ incidents: [incident] }),
};

const acknowledgeAlert: CommandSpec<AcknowledgeAlertArgs, ReturnType<typeof alertFromWire>> = {
  kind: 'acknowledgeAlert',
  engine: 'siem',
  validate: (input) => {
    const a = input as Partial<AcknowledgeAlertArgs> | null;
    if (!a || typeof a.alertId !== 'string' || a.alertId === '') return invalid('alertId', 'alertId is required', 'error.idRequired', { field: 'alertId' });
    if (typeof a.expectedVersion !== 'number' || !Number.isInteger(a.expectedVersion) || a.expectedVersion < 1) {
      return invalid('expectedVersion', `expectedVersion must be a positive integer, got ${String(a.expectedVersion)}`, 'error.versionRequired');
    }
    return ok({ alertId: a.alertId, expectedVersion: a.expectedVersion });
  },
  summary: (a) => `acknowledge ${a.alertId}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(c.siem, c.siem.AcknowledgeAlert, { request_id: requestId, alert_id: a.alertId, expected_version: a.expectedVersion, actor }, COMMAND_DEADLINE_MS);
    return alertFromWire(r.alert!);
  },
  toDelta: (alert) => ({ alerts: [alert] }),
};

const assignUnits: CommandSpec<AssignUnitsArgs, Assignment> = {
  kind: 'assignUnits',
  engine: 'dispatch',
  validate: validateAssignUnits,
  summary: (a) => `${a.incidentId} ← ${a.unitIds.join(', ')}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(
      c.dispatch,
      c.dispatch.AssignUnits,
      { request_id: requestId, incident_id: a.incidentId, unit_ids: a.unitIds, expected_version: a.expectedVersion, actor, allow_reallocation: a.allowReallocation === true },
      COMMAND_DEADLINE_MS,
    );
    return { incident: incidentFromWire(r.incident!), units: r.units.map(unitFromWire), reallocatedFrom: (r.reallocated_from ?? []).map(incidentFromWire) };
  },
  toDelta: (r) => ({ incidents: [r.incident, ...(r.reallocatedFrom ?? [])], units: r.units }),
};

const tickSopStep: CommandSpec<TickSopStepArgs, ReturnType<typeof incidentFromWire>> = {
  kind: 'tickSopStep',
  engine: 'dispatch',
  validate: validateTickSopStep,
  summary: (a) => `${a.incidentId} ✓ ${a.stepId}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(
      c.dispatch,
      c.dispatch.TickSopStep,
      { request_id: requestId, incident_id: a.incidentId, step_id: a.stepId, expected_version: a.expectedVersion, actor },
      COMMAND_DEADLINE_MS,
    );
    return incidentFromWire(r.incident!);
  },
  toDelta: (incident) => ({ incidents: [incident] }),
};

const addIncidentNote: CommandSpec<AddIncidentNoteArgs, ReturnType<typeof incidentFromWire>> = {
  kind: 'addIncidentNote',
  engine: 'dispatch',
  validate: validateAddIncidentNote,
  summary: (a) => `${a.incidentId} note: ${a.text.length > 40 ? `${a.text.slice(0, 40)}…` : a.text}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(c.dispatch, c.dispatch.AddIncidentNote, { request_id: requestId, incident_id: a.incidentId, text: a.text, actor }, COMMAND_DEADLINE_MS);
    return incidentFromWire(r.incident!);
  },
  toDelta: (incident) => ({ incidents: [incident] }),
};

const notifyWard: CommandSpec<NotifyWardArgs, ReturnType<typeof incidentFromWire>> = {
  kind: 'notifyWard',
  engine: 'dispatch',
  validate: validateNotifyWard,
  summary: (a) => `${a.incidentId} → ward notified${a.stepId ? ` (${a.stepId})` : ''}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(c.dispatch, c.dispatch.NotifyWard, { request_id: requestId, incident_id: a.incidentId, step_id: a.stepId ?? '', message: a.message ?? '', actor }, COMMAND_DEADLINE_MS);
    return incidentFromWire(r.incident!);
  },
  toDelta: (incident) => ({ incidents: [incident] }),
};

type Merged = { incident: ReturnType<typeof incidentFromWire>; target: ReturnType<typeof incidentFromWire> };

const mergeIncidents: CommandSpec<MergeIncidentsArgs, Merged> = {
  kind: 'mergeIncidents',
  engine: 'dispatch',
  validate: validateMergeIncidents,
  summary: (a) => `${a.incidentId} ⇒ ${a.intoId}`,
  send: async (c, a, requestId, actor) => {
    const r = await callUnary(
      c.dispatch,
      c.dispatch.MergeIncidents,
      { request_id: requestId, source_incident_id: a.incidentId, target_incident_id: a.intoId, expected_source_version: a.expectedVersion, actor },
      COMMAND_DEADLINE_MS,
    );
    return { incident: incidentFromWire(r.source!), target: incidentFromWire(r.target!) };
  },
  toDelta: (r) => ({ incidents: [r.incident, r.target] }),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COMMAND_SPECS: Record<CommandKind, CommandSpec<any, any>> = { createIncident, setIncidentStatus, acknowledgeAlert, assignUnits, updateAlert, tickSopStep, addIncidentNote, mergeIncidents, createSuppression, createCase, updateCase, notifyWard };

export function newCommandId(): string {
  return randomUUID();
}

/** Maps a conflicting record carried by an ABORTED error into its domain shape, when we know it. */
export function currentFromWire(kind: CommandKind, raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  if (kind === 'acknowledgeAlert' || kind === 'updateAlert') return alertFromWire(raw as Parameters<typeof alertFromWire>[0]);
  if (kind === 'updateCase') return caseFromWire(raw as Parameters<typeof caseFromWire>[0]);
  // An assignment conflicts on a unit already taken, or on a stale incident version.
  if (kind === 'assignUnits' && 'call_sign' in raw) return unitFromWire(raw as Parameters<typeof unitFromWire>[0]);
  return incidentFromWire(raw as Parameters<typeof incidentFromWire>[0]);
}
