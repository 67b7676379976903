import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';
import { CaseDetail } from './case-detail';
import { useSiemRead } from './use-siem-read';

/** The cases tab: the list, newest change first, and the chosen case. */
export function CasesView({ selectedCaseId, onSelectCase, revision, onChanged }: { selectedCaseId: string | null; onSelectCase: (id: string) => void; revision: number; onChanged: () => void }) {
  const { t, err, locale } = useI18n();
  const bridge = useBridge();
  const selectedAlertId = useConsole((s) => (s.selection?.kind === 'alert' ? s.selection.id : null));
  const cases = useSiemRead(() => bridge.listCases({}), `cases:${revision}`, 5000);
  if (cases.state === 'loading') return <p className="muted">{t('cases.loading')}</p>;
  if (cases.state === 'error') return <p className="field-error">{err(cases.error)}</p>;
  const chosen = cases.value.find((c) => c.id === selectedCaseId) ?? cases.value[0];
  return (
    <div className="cases-view" data-testid="cases-view">
      <ul className="case-list" data-testid="case-list">
        {cases.value.length === 0 && <li className="muted">{t('cases.none')}</li>}
        {cases.value.map((c) => (
          <li key={c.id} className={c.id === chosen?.id ? 'active' : ''}>
            <button type="button" data-testid={`case-${c.id}`} onClick={() => onSelectCase(c.id)}>
              <span className={`sev-pill sev-${c.severity}`}>{t(`severity.${c.severity}`)}</span> <b>{c.id}</b> {c.title}
              <span className="muted"> · {t(`caseStatus.${c.status}`)} · {formatClock(c.updatedMs, locale)}</span>
            </button>
          </li>
        ))}
      </ul>
      {chosen && <CaseDetail
          key={`${chosen.id}:${chosen.version}`}
          kase={chosen}
          mergeable={cases.value.filter((c) => c.status === 'open' && c.id !== chosen.id)}
          selectedAlertId={selectedAlertId} onChanged={onChanged} />}
    </div>
  );
}
