import type { GridApi } from 'ag-grid-community';
import { useRef, useState } from 'react';
import { useAction } from '../../app/actions/actions-context';
import type { Alert } from '../../../common/domain/alert';
import { useBridge } from '../../app/bridge-context';
import { getConsoleStore, useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { AlertDetail } from './alert-detail';
import { AlertsGrid } from './alerts-grid';
import { AttackMatrixView } from './attack-matrix';
import { CasesView } from './cases-view';
import { MetricsStrip } from './metrics-strip';
import { NotificationSettingsForm } from './notification-settings-form';
import { ALERT_FILTERS, ALL_ALERTS, type AlertView } from './model/alert-filters';
import { QuickViews } from './quick-views';
import { SuppressionForm } from './suppression-form';
import { useAcknowledge } from './use-acknowledge';
import { useTriage } from './use-triage';
import { useTriageActions } from './use-triage-actions';
import './alerts.css';

const TABS = ['alerts', 'cases', 'suppress', 'notify'] as const;
type Tab = (typeof TABS)[number];

export function AlertsView() {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const [view, setView] = useState<AlertView>(ALL_ALERTS);
  const [tab, setTab] = useState<Tab>('alerts');
  const [caseId, setCaseId] = useState<string | null>(null);
  const [matrixOpen, setMatrixOpen] = useState(false);
  const [caseRevision, setCaseRevision] = useState(0);
  const { acknowledge, feedback } = useAcknowledge();
  const { triage, feedback: triageFeedback } = useTriage();
  const operator = useConsole((s) => s.mapContext?.operator ?? '');
  const selected = useConsole((s) => (s.selection?.kind === 'alert' ? s.alerts.get(s.selection.id) : undefined));
  const apiRef = useRef<GridApi<Alert> | null>(null);
  const select = (id: string) => void bridge.select({ selection: { kind: 'alert', id } });

  // The focused row, else the selected alert: what the keyboard acts on.
  const target = (): Alert | undefined => {
    const api = apiRef.current;
    const focused = api?.getFocusedCell();
    const row = focused ? api?.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
    const s = getConsoleStore().getState();
    const current = row ? s.alerts.get(row.id) : undefined;
    return current ?? (s.selection?.kind === 'alert' ? s.alerts.get(s.selection.id) : undefined);
  };
  const openCase = (alert: Alert) => {
    void bridge.createCase({ alertIds: [alert.id] }).then((r) => {
      if (r.ok && r.value.state === 'applied') setCaseId(r.value.record.id);
      setCaseRevision((n) => n + 1);
      setTab('cases');
    });
  };
  useAction({
    id: 'alerts.acknowledge',
    labelKey: 'action.acknowledgeAlert',
    shortcut: 'a',
    enabled: () => target()?.status === 'new',
    perform: () => acknowledge(target()!),
  });
  useTriageActions({ target, apiRef, select, triage, onOpenCase: openCase });
  useAction({ id: 'alerts.attackMatrix', labelKey: 'alerts.byTactic', perform: () => setMatrixOpen((o) => !o) });
  for (const f of ALERT_FILTERS) {
    // A hook in a loop is safe here: ALERT_FILTERS is a constant list, so the order never changes.
    useAction({ id: `alerts.filter.${f}`, labelKey: `alerts.filter.${f}`, perform: () => setView({ ...ALL_ALERTS, filter: f }) });
  }
  const problem = feedback?.kind === 'error' ? feedback : triageFeedback?.kind === 'error' ? triageFeedback : null;
  const queued = feedback?.kind === 'queued' || triageFeedback?.kind === 'queued';

  return (
    <div className="alerts-window">
      <MetricsStrip />
      <div className="toolbar tabs" role="tablist">
        {TABS.map((x) => (
          <button key={x} type="button" role="tab" data-testid={`tab-${x}`} aria-selected={tab === x} className={tab === x ? 'active' : ''} onClick={() => setTab(x)}>
            {t(`alertsTab.${x}`)}
          </button>
        ))}
      </div>
      {tab === 'cases' ? (
        <CasesView selectedCaseId={caseId} onSelectCase={setCaseId} revision={caseRevision} onChanged={() => setCaseRevision((n) => n + 1)} />
      ) : (
        <div className="alerts-view split-view">
          <div className="main-column">
            <QuickViews view={view} operator={operator} onChange={setView} matrixOpen={matrixOpen} onToggleMatrix={() => setMatrixOpen((o) => !o)} />
            {matrixOpen && <AttackMatrixView view={view} onPick={(n) => setView({ ...view, ...n })} />}
            <AlertsGrid filter={view} operator={operator} onSelect={select} onAcknowledge={acknowledge} onApi={(api) => (apiRef.current = api)} />
          </div>
          <div className="side-column">
            {tab === 'notify' ? <NotificationSettingsForm /> : tab === 'suppress' ? <SuppressionForm selected={selected} /> : <AlertDetail onAcknowledge={acknowledge} onTriage={triage} onOpenCase={openCase} />}
            {problem && (
              <div className="field-error" data-testid="ack-error" role="alert">
                {problem.alertId}: {err(problem.error)}
              </div>
            )}
            {queued && <div className="outcome">{t('alerts.queued')}</div>}
          </div>
        </div>
      )}
    </div>
  );
}
