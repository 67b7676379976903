import type { Alert } from '../../../common/domain/alert';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';
import { canAcknowledge } from './model/alert-filters';

export function AlertDetail({ onAcknowledge }: { onAcknowledge: (alert: Alert) => void }) {
  const { t, locale } = useI18n();
  const alert = useConsole((s) => (s.selection?.kind === 'alert' ? s.alerts.get(s.selection.id) : undefined));
  if (!alert) return <section className="panel detail muted">{t('alerts.none')}</section>;
  return (
    <section className="panel detail" data-testid="alert-detail" data-id={alert.id} data-status={alert.status}>
      <div className="detail-head">
        <span className={`sev-pill sev-${alert.severity}`}>{t(`severity.${alert.severity}`)}</span>
        <span className={`status-pill alert-status-${alert.status}`}>{t(`alertStatus.${alert.status}`)}</span>
      </div>
      <div className="big">{alert.title}</div>
      <dl>
        <dt>{t('col.asset')}</dt>
        <dd>
          {alert.assetId} ({t(`assetKind.${alert.assetKind}`)})
        </dd>
        <dt>{t('col.sourceIp')}</dt>
        <dd>{alert.sourceIp}</dd>
        <dt>{t('col.mitre')}</dt>
        <dd>{alert.mitreTechnique}</dd>
        <dt>{t('col.count')}</dt>
        <dd>{alert.count}</dd>
        <dt>{t('alerts.firstSeen')}</dt>
        <dd>{formatClock(alert.firstSeenMs, locale)}</dd>
        {alert.ward && (
          <>
            <dt>{t('detail.ward')}</dt>
            <dd>{alert.ward}</dd>
          </>
        )}
      </dl>
      {alert.acknowledgedBy && <p className="muted">{t('alerts.ackedBy', { name: alert.acknowledgedBy })}</p>}
      <button type="button" className="primary" data-testid="ack-selected" disabled={!canAcknowledge(alert)} onClick={() => onAcknowledge(alert)}>
        {canAcknowledge(alert) ? t('alerts.ackSelected') : t('alerts.acked')}
      </button>
      <p className="hint">{t('alerts.keyHint')}</p>
    </section>
  );
}
