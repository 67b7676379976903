import { useState } from 'react';
import type { SocCase, UpdateCaseArgs } from '../../../common/domain/soc';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';

type Change = Omit<UpdateCaseArgs, 'caseId' | 'expectedVersion'>;

/** One case: observables, tasks, timeline, the incident link; every change goes through the outbox. */
interface Props {
  kase: SocCase;
  /** Other open cases this one can absorb. */
  mergeable: Pick<SocCase, 'id' | 'title'>[];
  selectedAlertId: string | null;
  onChanged: () => void;
}

export function CaseDetail({ kase, mergeable, selectedAlertId, onChanged }: Props) {
  const { t, err, locale } = useI18n();
  const bridge = useBridge();
  const [task, setTask] = useState('');
  const [note, setNote] = useState('');
  const [incident, setIncident] = useState(kase.incidentId);
  const [mergeId, setMergeId] = useState('');
  const [error, setError] = useState<BridgeError | null>(null);
  const open = kase.status === 'open';
  const change = (c: Change, done?: () => void) => {
    setError(null);
    void bridge.updateCase({ caseId: kase.id, expectedVersion: kase.version, ...c }).then((r) => {
      if (!r.ok) return setError(r.error);
      done?.();
      onChanged();
    });
  };
  return (
    <section className="panel case-detail" data-testid="case-detail" data-id={kase.id} data-incident={kase.incidentId}>
      <div className="detail-head">
        <span className={`sev-pill sev-${kase.severity}`}>{t(`severity.${kase.severity}`)}</span>
        <span className="status-pill">{t(`caseStatus.${kase.status}`)}</span>
        <b>{kase.id}</b>
      </div>
      <div className="big">{kase.title}</div>
      <p className="muted">{t('cases.alerts', { ids: kase.alertIds.join(', ') })}</p>
      <h3>{t('cases.observables')}</h3>
      <table className="observables" data-testid="case-observables">
        <tbody>
          {kase.observables.map((o) => (
            <tr key={`${o.kind}:${o.value}`} data-kind={o.kind}>
              <td>{t(`observable.${o.kind}`)}</td>
              <td><code>{o.value}</code></td>
              <td className="muted">{o.alertIds.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('cases.tasks')}</h3>
      <ul className="tasks" data-testid="case-tasks">
        {kase.tasks.map((x) => (
          <li key={x.id}>
            <label>
              <input type="checkbox" checked={x.done} disabled={x.done || !open} onChange={() => change({ completeTaskId: x.id })} /> {x.title}
              {x.done && <span className="muted"> ✓ {x.doneBy}</span>}
            </label>
          </li>
        ))}
      </ul>
      {open && (
        <form className="note-form" onSubmit={(e) => { e.preventDefault(); change({ addTask: task }, () => setTask('')); }}>
          <input data-testid="case-task-input" value={task} placeholder={t('cases.taskPlaceholder')} onChange={(e) => setTask(e.target.value)} />
          <button type="submit" disabled={!task.trim()}>{t('cases.addTask')}</button>
        </form>
      )}
      <h3>{t('cases.incident')}</h3>
      <form className="note-form" onSubmit={(e) => { e.preventDefault(); change({ linkIncidentId: incident }); }}>
        <input data-testid="case-incident-input" value={incident} placeholder="INC-000042" onChange={(e) => setIncident(e.target.value.toUpperCase())} disabled={!open} />
        <button type="submit" data-testid="case-link-incident" disabled={!open || !incident.trim() || incident === kase.incidentId}>{t('cases.link')}</button>
      </form>
      <div className="triage-buttons">
        {open && selectedAlertId && !kase.alertIds.includes(selectedAlertId) && (
          <button type="button" data-testid="case-add-alert" onClick={() => change({ addAlertIds: [selectedAlertId] })}>{t('cases.addAlert', { id: selectedAlertId })}</button>
        )}
        {open && <button type="button" data-testid="case-close" onClick={() => change({ close: true })}>{t('cases.close')}</button>}
      </div>
      {open && mergeable.length > 0 && (
        <form className="note-form" onSubmit={(e) => { e.preventDefault(); change({ mergeCaseId: mergeId }, () => setMergeId('')); }}>
          <select data-testid="case-merge-pick" value={mergeId} aria-label={t('cases.mergePick')} onChange={(e) => setMergeId(e.target.value)}>
            <option value="">{t('cases.mergePick')}</option>
            {mergeable.map((m) => (
              <option key={m.id} value={m.id}>{m.id} {m.title}</option>
            ))}
          </select>
          <button type="submit" data-testid="case-merge" disabled={!mergeId}>{t('cases.merge')}</button>
        </form>
      )}
      {error && <div className="field-error" role="alert">{err(error)}</div>}
      <h3>{t('cases.timeline')}</h3>
      <form className="note-form" onSubmit={(e) => { e.preventDefault(); change({ note }, () => setNote('')); }}>
        <input data-testid="case-note-input" value={note} placeholder={t('alerts.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" disabled={!note.trim()}>{t('alerts.addNote')}</button>
      </form>
      <ol className="timeline" data-testid="case-timeline">
        {kase.timeline.map((e, i) => (
          <li key={i}>
            <span className="muted">{formatClock(e.timeMs, locale)} {e.actor}</span> {t(`caseChange.${e.change}`)} {e.detail}
          </li>
        ))}
      </ol>
    </section>
  );
}
