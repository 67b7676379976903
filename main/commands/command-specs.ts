import { randomUUID } from 'node:crypto';
import type { AcknowledgeAlertArgs, CommandKind, Delta, SetIncidentStatusArgs } from '../../common/bridge/contract';
import type { EngineName } from '../../common/domain/engines';
import { validateCreateIncident, validateSetIncidentStatus, type CreateIncidentInput } from '../../common/domain/incident-validation';
import { invalid, ok, type Result } from '../../common/result';
import { callUnary } from '../../proto/clients';
import { incidentFromWire, unitFromWire } from '../../proto/map/dispatch';
import { validateAssignUnits, type Assignment, type AssignUnitsArgs } from '../../common/domain/recommendation';
import { alertFromWire } from '../../proto/map/siem';
import type { EngineClients } from '../engines/engine-adapters';

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
      { request_id: requestId, incident_id: a.incidentId, unit_ids: a.unitIds, expected_version: a.expectedVersion, actor },
      COMMAND_DEADLINE_MS,
    );
    return { incident: incidentFromWire(r.incident!), units: r.units.map(unitFromWire) };
  },
  toDelta: (r) => ({ incidents: [r.incident], units: r.units }),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COMMAND_SPECS: Record<CommandKind, CommandSpec<any, any>> = { createIncident, setIncidentStatus, acknowledgeAlert, assignUnits };

export function newCommandId(): string {
  return randomUUID();
}

/** Maps a conflicting record carried by an ABORTED error into its domain shape, when we know it. */
export function currentFromWire(kind: CommandKind, raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  if (kind === 'acknowledgeAlert') return alertFromWire(raw as Parameters<typeof alertFromWire>[0]);
  // An assignment conflicts on a unit already taken, or on a stale incident version.
  if (kind === 'assignUnits' && 'call_sign' in raw) return unitFromWire(raw as Parameters<typeof unitFromWire>[0]);
  return incidentFromWire(raw as Parameters<typeof incidentFromWire>[0]);
}
