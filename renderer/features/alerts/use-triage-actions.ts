import type { GridApi } from 'ag-grid-community';
import type { RefObject } from 'react';
import type { Alert } from '../../../common/domain/alert';
import { useAction } from '../../app/actions/actions-context';
import { DISPOSITION_KEYS, stepIndex, triageArgs, type TriageStep } from './model/triage-steps';

interface Deps {
  target: () => Alert | undefined;
  apiRef: RefObject<GridApi<Alert> | null>;
  select: (id: string) => void;
  triage: (alert: Alert, step: TriageStep) => boolean;
  onOpenCase: (alert: Alert) => void;
}

/** Keyboard triage: m takes the alert, 1/2/3 set the disposition, c closes, j/k move, o opens a case. */
export function useTriageActions({ target, apiRef, select, triage, onOpenCase }: Deps): void {
  const can = (step: TriageStep) => {
    const a = target();
    return !!a && triageArgs(a, step) !== null;
  };
  const run = (step: TriageStep) => {
    const a = target();
    if (a) triage(a, step);
  };
  useAction({ id: 'alerts.assignMe', labelKey: 'action.assignMe', shortcut: 'm', enabled: () => can({ kind: 'assignMe' }), perform: () => run({ kind: 'assignMe' }) });
  for (const { key, disposition } of DISPOSITION_KEYS) {
    // A hook in a loop is safe here: DISPOSITION_KEYS is a constant list, so the order never changes.
    useAction({
      id: `alerts.disposition.${disposition}`,
      labelKey: `action.disposition.${disposition}`,
      shortcut: key,
      enabled: () => can({ kind: 'disposition', disposition }),
      perform: () => run({ kind: 'disposition', disposition }),
    });
  }
  useAction({ id: 'alerts.close', labelKey: 'action.closeAlert', shortcut: 'c', enabled: () => can({ kind: 'close' }), perform: () => run({ kind: 'close' }) });
  useAction({ id: 'alerts.openCase', labelKey: 'action.openCase', shortcut: 'o', enabled: () => !!target(), perform: () => onOpenCase(target()!) });

  const move = (delta: 1 | -1) => {
    const api = apiRef.current;
    if (!api) return;
    const current = target();
    const node = current ? api.getRowNode(current.id) : undefined;
    const from = node?.displayed && typeof node.rowIndex === 'number' ? node.rowIndex : null;
    const to = stepIndex(from, delta, api.getDisplayedRowCount());
    const row = to === null ? undefined : api.getDisplayedRowAtIndex(to);
    if (!row?.data || to === null) return;
    api.ensureIndexVisible(to);
    api.setFocusedCell(to, 'title');
    row.setSelected(true);
    select(row.data.id);
  };
  useAction({ id: 'alerts.next', labelKey: 'action.nextAlert', shortcut: 'j', perform: () => move(1) });
  useAction({ id: 'alerts.previous', labelKey: 'action.previousAlert', shortcut: 'k', perform: () => move(-1) });
}
