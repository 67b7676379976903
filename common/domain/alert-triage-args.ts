import { invalid, ok, type Result } from '../result';
import { checkTriageChange, type AlertTriageChange } from './alert-triage';

/** A triage step from a window; assignToMe names the console's operator as the assignee. */
export interface UpdateAlertArgs extends AlertTriageChange {
  alertId: string;
  expectedVersion: number;
  assignToMe?: boolean;
}

const KEYS = new Set(['alertId', 'expectedVersion', 'status', 'assignee', 'assignToMe', 'disposition', 'note']);

export function validateUpdateAlert(input: unknown): Result<UpdateAlertArgs> {
  const a = input as Partial<UpdateAlertArgs> | null;
  if (!a || typeof a !== 'object') return invalid('alertId', 'updateAlert takes {alertId, expectedVersion, ...change}');
  const extra = Object.keys(a).find((k) => !KEYS.has(k));
  if (extra) return invalid(extra, `unknown field ${extra}; a change has status, assignee, assignToMe, disposition or note`);
  if (typeof a.alertId !== 'string' || a.alertId === '') return invalid('alertId', 'alertId is required', 'error.idRequired', { field: 'alertId' });
  if (typeof a.expectedVersion !== 'number' || !Number.isInteger(a.expectedVersion) || a.expectedVersion < 1) {
    return invalid('expectedVersion', `expectedVersion must be a positive integer, got ${String(a.expectedVersion)}`, 'error.versionRequired');
  }
  if (a.assignToMe !== undefined && a.assignToMe !== true) return invalid('assignToMe', `assignToMe must be true or absent, got ${JSON.stringify(a.assignToMe)}`);
  if (a.assignToMe && a.assignee !== undefined) return invalid('assignee', 'give assignee or assignToMe, not both');
  const change: AlertTriageChange = {};
  if (a.status !== undefined) change.status = a.status;
  if (a.assignee !== undefined) change.assignee = a.assignee;
  if (a.disposition !== undefined) change.disposition = a.disposition;
  if (a.note !== undefined) change.note = a.note;
  // assignToMe is an assignment too; check the rest with a stand-in name.
  const problem = checkTriageChange(a.assignToMe ? { ...change, assignee: 'operator' } : change);
  if (problem) return invalid(problem.field, `${problem.field}: ${problem.message}`);
  return ok({ alertId: a.alertId, expectedVersion: a.expectedVersion, ...change, ...(a.assignToMe ? { assignToMe: true } : {}) });
}
