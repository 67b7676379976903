import type { Alert, Disposition } from '../../../../common/domain/alert';
import type { UpdateAlertArgs } from '../../../../common/domain/alert-triage-args';

export type TriageStep = { kind: 'assignMe' } | { kind: 'disposition'; disposition: Disposition } | { kind: 'close' } | { kind: 'note'; text: string };

/** Keys 1, 2, 3 → dispositions. */
export const DISPOSITION_KEYS: readonly { key: string; disposition: Disposition }[] = [
  { key: '1', disposition: 'true_positive' },
  { key: '2', disposition: 'false_positive' },
  { key: '3', disposition: 'benign' },
];

/** The bridge call a keyboard step makes on this alert, or null when the step does not apply. */
export function triageArgs(alert: Alert, step: TriageStep): UpdateAlertArgs | null {
  const base = { alertId: alert.id, expectedVersion: alert.version };
  const open = alert.status !== 'closed';
  switch (step.kind) {
    case 'assignMe':
      // Taking an alert starts work on it, so MTTA counts from here if nobody acknowledged it yet.
      if (!open) return null;
      return { ...base, assignToMe: true, ...(alert.status === 'in_progress' ? {} : { status: 'in_progress' as const }) };
    case 'disposition':
      return open && alert.disposition !== step.disposition ? { ...base, disposition: step.disposition } : null;
    case 'close':
      return open && alert.disposition ? { ...base, status: 'closed' } : null;
    case 'note':
      return step.text.trim() ? { ...base, note: step.text.trim() } : null;
  }
}

/** The row index j/k moves to: next/previous of the current one, clamped; the first row when none. */
export function stepIndex(current: number | null, delta: 1 | -1, rowCount: number): number | null {
  if (rowCount === 0) return null;
  if (current === null || current < 0) return delta === 1 ? 0 : rowCount - 1;
  return Math.min(rowCount - 1, Math.max(0, current + delta));
}
