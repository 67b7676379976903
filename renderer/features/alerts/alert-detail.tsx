import { useState } from 'react';
import type { Alert } from '../../../common/domain/alert';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';
import { AlertEvidence } from './alert-evidence';
import { canAcknowledge } from './model/alert-filters';
import { DISPOSITION_KEYS, triageArgs, type TriageStep } from './model/triage-steps';

interface Props {
  onAcknowledge: (alert: Alert) => void;
  onTriage: (alert: Alert, step: TriageStep) => boolean;
  onOpenCase: (alert: Alert) => void;
}

export function AlertDetail({ onAcknowledge, onTriage, onOpenCase }: Props) {
  const { t, locale } = useI18n();
  const bridge = useBridge();
  const [note, setNote] = useState('');
  const alert = useConsole((s) => (s.selection?.kind === 'alert' ? s.alerts.get(s.selection.id) : undefined));
  const isCamera = useConsole((s) => !!alert && s.cameras.has(alert.assetId));
  if (!alert) return <section className="panel detail muted">{t('alerts.none')}</section>;
  const can = (step: TriageStep) => triageArgs(alert, step) !== null;
  const showOnMap = () => void bridge.select({ selection: isCamera ? { kind: 'camera', id: alert.assetId } : { kind: 'alert', id: alert.id } });
  return (
    <section className="panel detail" data-testid="alert-detail" data-id={alert.id} data-status={alert.status} data-assignee={alert.assignee ?? ''} data-disposition={alert.disposition ?? ''}>
      <div className="detail-head">
        <span className={`sev-pill sev-${alert.severity}`}>{t(`severity.${alert.severity}`)}</span>
        <span className={`status-pill alert-status-${alert.status}`}>{t(`alertStatus.${alert.status}`)}</span>
        {alert.disposition && <span className="status-pill">{t(`disposition.${alert.disposition}`)}</span>}
      </div>
      <div className="big">{alert.title}</div>
      <dl>
        <dt>{t('col.asset')}</dt>
        <dd>
          {alert.assetId} {alert.assetName ? `· ${alert.assetName}` : ''} ({t(`assetKind.${alert.assetKind}`)})
        </dd>
        {!!alert.assetCriticality && (
          <>
            <dt>{t('detail.criticality')}</dt>
            <dd>{alert.assetCriticality}</dd>
          </>
        )}
        {alert.ward && (
          <>
            <dt>{t('detail.ward')}</dt>
            <dd>{alert.ward}</dd>
          </>
        )}
        <dt>{t('col.sourceIp')}</dt>
        <dd>{alert.sourceIp}</dd>
        <dt>{t('col.mitre')}</dt>
        <dd data-testid="attack-tags">{[alert.mitreTechnique, ...(alert.attackTags ?? []).filter((x) => x.toUpperCase() !== `ATTACK.${alert.mitreTechnique}`)].filter(Boolean).join(' · ')}</dd>
        <dt>{t('col.count')}</dt>
        <dd>{alert.count}</dd>
        <dt>{t('alerts.firstSeen')}</dt>
        <dd>{formatClock(alert.firstSeenMs, locale)}</dd>
        <dt>{t('col.assignee')}</dt>
        <dd data-testid="detail-assignee">{alert.assignee || t('alerts.unassigned')}</dd>
      </dl>
      {alert.acknowledgedBy && <p className="muted">{t('alerts.ackedBy', { name: alert.acknowledgedBy })}</p>}
      <div className="triage-buttons">
        <button type="button" className="primary" data-testid="ack-selected" disabled={!canAcknowledge(alert)} onClick={() => onAcknowledge(alert)}>
          {canAcknowledge(alert) ? t('alerts.ackSelected') : t('alerts.acked')}
        </button>
        <button type="button" data-testid="assign-me" disabled={!can({ kind: 'assignMe' })} onClick={() => onTriage(alert, { kind: 'assignMe' })}>
          {t('alerts.assignMe')}
        </button>
        {DISPOSITION_KEYS.map(({ key, disposition }) => (
          <button key={key} type="button" data-testid={`disposition-${disposition}`} aria-pressed={alert.disposition === disposition} disabled={!can({ kind: 'disposition', disposition })} onClick={() => onTriage(alert, { kind: 'disposition', disposition })}>
            {key} {t(`disposition.${disposition}`)}
          </button>
        ))}
        <button type="button" data-testid="close-alert" disabled={!can({ kind: 'close' })} title={alert.disposition ? undefined : t('alerts.closeNeedsDisposition')} onClick={() => onTriage(alert, { kind: 'close' })}>
          {t('alerts.close')}
        </button>
        <button type="button" data-testid="open-case" onClick={() => onOpenCase(alert)}>
          {t('alerts.openCase')}
        </button>
        {(isCamera || alert.location) && (
          <button type="button" data-testid="show-on-map" onClick={showOnMap}>
            {t('alerts.showOnMap')}
          </button>
        )}
      </div>
      <p className="hint">{t('alerts.keyHint')}</p>
      <form className="note-form" onSubmit={(e) => { e.preventDefault(); if (onTriage(alert, { kind: 'note', text: note })) setNote(''); }}>
        <input value={note} maxLength={4000} placeholder={t('alerts.notePlaceholder')} aria-label={t('alerts.notePlaceholder')} onChange={(e) => setNote(e.target.value)} data-testid="alert-note" />
        <button type="submit" disabled={!note.trim()}>{t('alerts.addNote')}</button>
      </form>
      {(alert.notes ?? []).length > 0 && (
        <ul className="notes" data-testid="alert-notes">
          {(alert.notes ?? []).map((n, i) => (
            <li key={i}>
              <span className="muted">{formatClock(n.timeMs, locale)} {n.author}:</span> {n.text}
            </li>
          ))}
        </ul>
      )}
      <AlertEvidence alert={alert} />
    </section>
  );
}
