import type { GridApi } from 'ag-grid-community';
import { useRef, useState } from 'react';
import { useAction } from '../../app/actions/actions-context';
import type { Alert } from '../../../common/domain/alert';
import { useBridge } from '../../app/bridge-context';
import { getConsoleStore, useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { AlertDetail } from './alert-detail';
import { AlertsGrid } from './alerts-grid';
import { ALERT_FILTERS, type AlertFilter } from './model/alert-filters';
import { useAcknowledge } from './use-acknowledge';

export function AlertsView() {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const [filter, setFilter] = useState<AlertFilter>('all');
  const { acknowledge, feedback } = useAcknowledge();
  const total = useConsole((s) => s.alerts.size);
  const apiRef = useRef<GridApi<Alert> | null>(null);

  // The focused row, else the selected alert: what the keyboard acts on.
  const target = (): Alert | undefined => {
    const api = apiRef.current;
    const focused = api?.getFocusedCell();
    const row = focused ? api?.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
    const s = getConsoleStore().getState();
    return row ?? (s.selection?.kind === 'alert' ? s.alerts.get(s.selection.id) : undefined);
  };
  useAction({
    id: 'alerts.acknowledge',
    labelKey: 'action.acknowledgeAlert',
    shortcut: 'a',
    enabled: () => target()?.status === 'new',
    perform: () => acknowledge(target()!),
  });
  for (const f of ALERT_FILTERS) {
    // A hook in a loop is safe here: ALERT_FILTERS is a constant list, so the order never changes.
    useAction({ id: `alerts.filter.${f}`, labelKey: `alerts.filter.${f}`, perform: () => setFilter(f) });
  }

  return (
    <div className="alerts-view split-view">
      <div className="main-column">
        <div className="toolbar" role="toolbar">
          {ALERT_FILTERS.map((f) => (
            <button key={f} type="button" data-testid={`filter-${f}`} aria-pressed={filter === f} className={filter === f ? 'active' : ''} onClick={() => setFilter(f)}>
              {t(`alerts.filter.${f}`)}
            </button>
          ))}
          <span className="muted">{t('alerts.total', { n: total })}</span>
        </div>
        <AlertsGrid
          filter={filter}
          onSelect={(id) => void bridge.select({ selection: { kind: 'alert', id } })}
          onAcknowledge={acknowledge}
          onApi={(api) => (apiRef.current = api)}
        />
      </div>
      <div className="side-column">
        <AlertDetail onAcknowledge={acknowledge} />
        {feedback?.kind === 'error' && (
          <div className="field-error" data-testid="ack-error" role="alert">
            {feedback.alertId}: {err(feedback.error)}
          </div>
        )}
        {feedback?.kind === 'queued' && <div className="outcome">{t('alerts.queued')}</div>}
      </div>
    </div>
  );
}
