// "Offline since HH:MM" on the map while engines or the online tile source are unreachable; the map keeps
// drawing cached tiles and cached data meanwhile.
import type { BasemapState } from '../../../../common/tiles/basemap-types';
import { useConsole } from '../../../app/store';
import { useI18n } from '../../../i18n/locale';
import { clockHm, offlineSummary } from './model/offline-summary';

export function OfflineNotice({ basemap }: { basemap: BasemapState | null }) {
  const { t } = useI18n();
  const status = useConsole((s) => s.status);
  const summary = offlineSummary(status, basemap);
  if (!summary) return null;
  const parts = [...summary.engines.map((e) => t(`engine.${e}`)), ...(summary.tiles ? [t('offline.tiles', { name: basemap?.name ?? '' })] : [])];
  return (
    <div className="map-offline-notice" data-testid="offline-notice" data-since={summary.sinceMs} role="status">
      <strong>{t('offline.since', { time: clockHm(summary.sinceMs) })}</strong>
      <span>{t('offline.unreachable', { what: parts.join(', ') })}</span>
      <span className="hint">{t('offline.cached')}</span>
    </div>
  );
}
