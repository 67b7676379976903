import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatAgo } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { conflictRecord, sortOutbox } from './model/outbox';

export function OutboxList() {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const now = useNow(1000);
  const outbox = useConsole((s) => s.outbox);
  return (
    <section className="panel outbox" data-testid="outbox">
      <h2>
        {t('outbox.title')} <span className="count">{outbox.length}</span>
      </h2>
      {outbox.length === 0 && <p className="muted">{t('outbox.empty')}</p>}
      <ul>
        {sortOutbox(outbox).map((entry) => {
          const current = conflictRecord(entry);
          return (
            <li key={entry.commandId} className={`outbox-entry state-${entry.state}`} data-testid="outbox-entry" data-command-id={entry.commandId} data-state={entry.state}>
              <div className="line">
                <span className={`badge state-${entry.state}`}>{t(`outboxState.${entry.state}`)}</span>
                <span className="summary">
                  <b>{t(`outboxKind.${entry.kind}`)}</b> {entry.summary}
                </span>
                <span className="muted">
                  {formatAgo(t, entry.createdMs, now)} · {t('outbox.attempts', { n: entry.attempts })}
                </span>
              </div>
              {entry.error && <div className="entry-error">{err(entry.error)}</div>}
              {current && (
                <div className="conflict" data-testid="conflict-current">
                  {t('outbox.current', { status: t(`incidentStatus.${current.status}`), version: current.version })}
                </div>
              )}
              {(entry.state === 'conflict' || entry.state === 'failed') && (
                <button type="button" data-testid={`discard-${entry.commandId}`} onClick={() => void bridge.discardCommand({ commandId: entry.commandId })}>
                  {t('outbox.discard')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
