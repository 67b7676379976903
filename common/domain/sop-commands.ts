import { invalid, ok, type Result } from '../result';
import { MAX_NOTE_CHARS } from './sop';

export interface TickSopStepArgs {
  incidentId: string;
  stepId: string;
  expectedVersion: number;
}

export interface AddIncidentNoteArgs {
  incidentId: string;
  text: string;
}

export interface MergeIncidentsArgs {
  /** The duplicate; it becomes merged. */
  incidentId: string;
  /** The incident that carries on. */
  intoId: string;
  expectedVersion: number;
}

export interface IncidentTimelineArgs {
  incidentId: string;
}

const STEP_ID = /^[a-z][a-z0-9_]{0,39}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function incidentIdOf(input: Record<string, unknown>): Result<string> {
  const id = input.incidentId;
  if (typeof id !== 'string' || id === '') return invalid('incidentId', 'incidentId is required', 'error.idRequired', { field: 'incidentId' });
  return ok(id);
}

export function validateTickSopStep(input: unknown): Result<TickSopStepArgs> {
  if (!isRecord(input)) return invalid('input', 'Tick SOP step: expected an object', 'error.notObject');
  const id = incidentIdOf(input);
  if (!id.ok) return id;
  const { stepId, expectedVersion } = input;
  if (typeof stepId !== 'string' || !STEP_ID.test(stepId)) {
    return invalid('stepId', `stepId must be an SOP step id (lower_snake_case), got ${JSON.stringify(stepId)}`, 'error.idRequired', { field: 'stepId' });
  }
  if (typeof expectedVersion !== 'number' || !Number.isInteger(expectedVersion) || expectedVersion < 1) {
    return invalid('expectedVersion', `expectedVersion must be a positive integer, got ${String(expectedVersion)}`, 'error.versionRequired');
  }
  return ok({ incidentId: id.value, stepId, expectedVersion });
}

export function validateAddIncidentNote(input: unknown): Result<AddIncidentNoteArgs> {
  if (!isRecord(input)) return invalid('input', 'Add note: expected an object', 'error.notObject');
  const id = incidentIdOf(input);
  if (!id.ok) return id;
  const text = typeof input.text === 'string' ? input.text.trim() : input.text;
  if (typeof text !== 'string' || text === '') return invalid('text', 'text: write the note first', 'error.noteEmpty');
  if (text.length > MAX_NOTE_CHARS) {
    return invalid('text', `text: at most ${MAX_NOTE_CHARS} characters, got ${text.length}`, 'error.noteTooLong', { max: MAX_NOTE_CHARS, got: text.length });
  }
  return ok({ incidentId: id.value, text });
}

export function validateIncidentTimeline(input: unknown): Result<IncidentTimelineArgs> {
  if (!isRecord(input)) return invalid('input', 'Timeline: expected an object', 'error.notObject');
  const id = incidentIdOf(input);
  return id.ok ? ok({ incidentId: id.value }) : id;
}

const INCIDENT_ID = /^INC-\d{6,}$/;

export function validateMergeIncidents(input: unknown): Result<MergeIncidentsArgs> {
  if (!isRecord(input)) return invalid('input', 'Merge: expected an object', 'error.notObject');
  const id = incidentIdOf(input);
  if (!id.ok) return id;
  const intoId = typeof input.intoId === 'string' ? input.intoId.trim().toUpperCase() : input.intoId;
  if (typeof intoId !== 'string' || !INCIDENT_ID.test(intoId)) {
    return invalid('intoId', `intoId must be an incident id like INC-000042, got ${JSON.stringify(input.intoId ?? null)}`, 'error.mergeTarget', { value: String(input.intoId ?? '') });
  }
  if (intoId === id.value) return invalid('intoId', `cannot merge ${intoId} into itself`, 'error.mergeSelf', { value: intoId });
  const { expectedVersion } = input;
  if (typeof expectedVersion !== 'number' || !Number.isInteger(expectedVersion) || expectedVersion < 1) {
    return invalid('expectedVersion', `expectedVersion must be a positive integer, got ${String(expectedVersion)}`, 'error.versionRequired');
  }
  return ok({ incidentId: id.value, intoId, expectedVersion });
}

export interface NotifyWardArgs {
  incidentId: string;
  /** The notify_ward step it fulfils (ticked with it). */
  stepId?: string;
  /** Optional; the engine writes one from the incident when empty. */
  message?: string;
}

export const MAX_WARD_MESSAGE_CHARS = 500;

export function validateNotifyWard(input: unknown): Result<NotifyWardArgs> {
  if (!isRecord(input)) return invalid('input', 'Notify ward: expected an object', 'error.notObject');
  const id = incidentIdOf(input);
  if (!id.ok) return id;
  const { stepId } = input;
  if (stepId !== undefined && (typeof stepId !== 'string' || !STEP_ID.test(stepId))) {
    return invalid('stepId', `stepId must be an SOP step id (lower_snake_case), got ${JSON.stringify(stepId)}`, 'error.idRequired', { field: 'stepId' });
  }
  const message = typeof input.message === 'string' ? input.message.trim() : input.message ?? '';
  if (typeof message !== 'string') return invalid('message', 'message must be text', 'error.notObject');
  if (message.length > MAX_WARD_MESSAGE_CHARS) {
    return invalid('message', `message: at most ${MAX_WARD_MESSAGE_CHARS} characters, got ${message.length}`, 'error.noteTooLong', { max: MAX_WARD_MESSAGE_CHARS, got: message.length });
  }
  return ok({ incidentId: id.value, ...(stepId ? { stepId } : {}), ...(message ? { message } : {}) });
}
