import { useConsole } from '../../app/store';
import { LOCALES, type Locale } from '../../i18n/translate';
import { setLocale, useI18n } from '../../i18n/locale';
import { formatAgo } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { engineIndicators, lastEventMs as newestEvent } from './model/engine-health';

export function StatusBar() {
  const { t, locale } = useI18n();
  const now = useNow(1000);
  const status = useConsole((s) => s.status);
  const link = useConsole((s) => s.link);
  const localEventMs = useConsole((s) => s.lastEventMs);
  const lastEventMs = newestEvent(localEventMs, status);
  const pending = status?.pendingCommands ?? 0;
  return (
    <footer className="status-bar" role="status">
      {engineIndicators(status).map((e) => (
        <span key={e.engine} className={`engine engine-${e.state}`} data-testid={`engine-${e.engine}`} data-state={e.state} title={e.detail || undefined}>
          <span className="dot" aria-hidden="true" />
          {t(`engine.${e.engine}`)}: {t(`engineState.${e.state}`)}
          {e.state !== 'ready' && (
            <span className="stale" data-testid={`stale-${e.engine}`}>
              {' · '}
              {e.staleSinceMs === null ? t('status.staleUnknown') : t('status.stale', { age: formatAgo(t, e.staleSinceMs, now) })}
            </span>
          )}
        </span>
      ))}
      <span className="last-event" data-testid="last-event">
        {lastEventMs === null ? t('status.noEvents') : t('status.lastEvent', { age: formatAgo(t, lastEventMs, now) })}
      </span>
      <span className={`pending ${pending > 0 ? 'has-pending' : ''}`}>
        {`${t('status.pending')}: `}
        <b data-testid="pending-count">{pending}</b>
      </span>
      <span className={`core-link link-${link}`} data-testid="core-link" data-state={link}>
        <span className="dot" aria-hidden="true" />
        {t(`link.${link}`)}
      </span>
      <label className="lang">
        <span className="sr-only">{t('status.language')}</span>
        <select data-testid="lang-switch" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {l.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}
