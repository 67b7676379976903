import type { Alert } from '../../../common/domain/alert';
import type { SecurityEventView } from '../../../common/domain/soc';
import { useBridge } from '../../app/bridge-context';
import { useI18n } from '../../i18n/locale';
import { formatClock } from '../../ui/format';
import { useSiemRead } from './use-siem-read';

const FIELDS: (keyof SecurityEventView)[] = ['host', 'sourceIp', 'sourcePort', 'destinationIp', 'destinationPort', 'user', 'action', 'outcome', 'severity', 'product', 'assetId', 'signature', 'message'];

/** The events that raised or grew the alert: the newest normalised in full, every raw line below. */
export function AlertEvidence({ alert }: { alert: Alert }) {
  const { t, locale, err } = useI18n();
  const bridge = useBridge();
  const read = useSiemRead(() => bridge.getAlertEvents({ alertId: alert.id }), `${alert.id}:${alert.count}`);
  if (read.state === 'loading') return <p className="muted">{t('evidence.loading')}</p>;
  if (read.state === 'error') return <p className="field-error">{err(read.error)}</p>;
  const events = read.value;
  if (events.length === 0) return <p className="muted">{t('evidence.none')}</p>;
  const last = events[events.length - 1];
  return (
    <div className="evidence" data-testid="alert-evidence" data-events={events.length}>
      <h3>{t('evidence.normalised', { time: formatClock(last.timeMs, locale) })}</h3>
      <dl className="evidence-fields">
        {FIELDS.filter((f) => last[f] !== '' && last[f] !== 0).map((f) => (
          <div key={f} className="evidence-field">
            <dt>{t(`event.${f}`)}</dt>
            <dd>{String(last[f])}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('evidence.raw', { n: events.length })}</h3>
      <ol className="raw-lines" data-testid="alert-raw">
        {[...events].reverse().map((e, i) => (
          <li key={i}>
            <span className="muted">{formatClock(e.timeMs, locale)}</span> <code>{e.raw || t('evidence.noRaw')}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}
