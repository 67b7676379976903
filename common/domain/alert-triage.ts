import { ALERT_STATUSES, DISPOSITIONS, type AlertStatus, type Disposition } from './alert';

/** One triage step; absent fields stay as they are. */
export interface AlertTriageChange {
  status?: Exclude<AlertStatus, 'new'>;
  /** A name to assign, or null to clear the assignee. */
  assignee?: string | null;
  disposition?: Disposition;
  note?: string;
}

/** The triage part of an alert, as both the engine and the console hold it. */
export interface TriageState {
  status: AlertStatus;
  assignee: string;
  disposition: Disposition | '';
  acknowledgedMs: number;
  closedMs: number;
}

export const MAX_NOTE_CHARS = 4000;
export const MAX_ASSIGNEE_CHARS = 120;

export type TriageProblem = { field: string; message: string };

const ORDER: Record<AlertStatus, number> = { new: 0, acknowledged: 1, in_progress: 2, closed: 3 };

export function isDisposition(value: unknown): value is Disposition {
  return typeof value === 'string' && (DISPOSITIONS as readonly string[]).includes(value);
}

/** Checks the shape of a change (fields and values), before any record is looked at. */
export function checkTriageChange(c: AlertTriageChange): TriageProblem | null {
  if (c.status !== undefined && (c.status === ('new' as string) || !(ALERT_STATUSES as readonly string[]).includes(c.status))) {
    return { field: 'status', message: `must be acknowledged, in_progress or closed, got ${JSON.stringify(c.status)}` };
  }
  if (c.assignee !== undefined && c.assignee !== null) {
    if (typeof c.assignee !== 'string' || c.assignee.trim() === '') return { field: 'assignee', message: 'must be a non-empty name (or unassign)' };
    if (c.assignee.length > MAX_ASSIGNEE_CHARS) return { field: 'assignee', message: `is ${c.assignee.length} characters; the limit is ${MAX_ASSIGNEE_CHARS}` };
  }
  if (c.disposition !== undefined && !isDisposition(c.disposition)) {
    return { field: 'disposition', message: `must be one of ${DISPOSITIONS.join(', ')}, got ${JSON.stringify(c.disposition)}` };
  }
  if (c.note !== undefined) {
    if (typeof c.note !== 'string' || c.note.trim() === '') return { field: 'note', message: 'must not be blank' };
    if (c.note.length > MAX_NOTE_CHARS) return { field: 'note', message: `is ${c.note.length} characters; the limit is ${MAX_NOTE_CHARS}` };
  }
  if (c.status === undefined && c.assignee === undefined && c.disposition === undefined && c.note === undefined) {
    return { field: 'status', message: 'nothing to change: give a status, assignee, disposition or note' };
  }
  return null;
}

/**
 * Applies a change to the triage state at time now. Status moves forward only
 * (new → acknowledged → in_progress → closed, steps may be skipped); a closed alert can be
 * reopened to in_progress. Closing needs a disposition; a closed alert takes no other change.
 */
export function applyTriage(current: TriageState, c: AlertTriageChange, now: number): { ok: true; next: TriageState } | { ok: false; problem: TriageProblem } {
  const shape = checkTriageChange(c);
  if (shape) return { ok: false, problem: shape };
  const next: TriageState = { ...current };
  if (current.status === 'closed' && c.status !== 'in_progress' && (c.assignee !== undefined || c.disposition !== undefined || c.status !== undefined)) {
    return { ok: false, problem: { field: 'status', message: 'the alert is closed; reopen it (status in_progress) before changing it' } };
  }
  if (c.assignee !== undefined) next.assignee = c.assignee === null ? '' : c.assignee.trim();
  if (c.disposition !== undefined) next.disposition = c.disposition;
  if (c.status !== undefined && c.status !== current.status) {
    const reopen = current.status === 'closed' && c.status === 'in_progress';
    if (!reopen && ORDER[c.status] < ORDER[current.status]) {
      return { ok: false, problem: { field: 'status', message: `cannot go back from ${current.status} to ${c.status}` } };
    }
    if (c.status === 'closed' && !next.disposition) {
      return { ok: false, problem: { field: 'disposition', message: 'is required to close an alert (true_positive, false_positive or benign)' } };
    }
    next.status = c.status;
    if (reopen) next.closedMs = 0;
    if (c.status === 'closed') next.closedMs = now;
  }
  if (next.status !== 'new' && !next.acknowledgedMs) next.acknowledgedMs = now;
  return { ok: true, next };
}

/** What a keyboard step may do on an alert in this state (the console's enabled predicates). */
export function canTriage(state: Pick<TriageState, 'status'>, step: 'assign' | 'disposition' | 'close' | 'start'): boolean {
  if (step === 'start') return state.status === 'new' || state.status === 'acknowledged';
  return state.status !== 'closed';
}
