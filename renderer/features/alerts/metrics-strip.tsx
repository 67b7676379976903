import { SEVERITIES } from '../../../common/domain/alert';
import { useBridge } from '../../app/bridge-context';
import { useI18n } from '../../i18n/locale';
import { formatMean, metricsSummary } from './model/metrics-format';
import { useSiemRead } from './use-siem-read';

/** How often the strip asks the engine again; metrics move with triage, not with every event. */
const REFRESH_MS = 2000;

/** Open alerts by severity, today's MTTD/MTTA/MTTR and the noisiest rule, from the SIEM engine. */
export function MetricsStrip() {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const read = useSiemRead(() => bridge.getSocMetrics({ days: 7 }), 'metrics', REFRESH_MS);
  if (read.state === 'loading') return <div className="metrics-strip muted">{t('metrics.loading')}</div>;
  if (read.state === 'error') return <div className="metrics-strip field-error">{t('metrics.unavailable', { reason: err(read.error) })}</div>;
  const { today, noisiest, open } = metricsSummary(read.value);
  return (
    <div className="metrics-strip" data-testid="metrics-strip">
      <span className="metric-group">
        {t('metrics.open')}
        {[...SEVERITIES].reverse().map((s) => (
          <span key={s} className={`metric sev-text-${s}`} data-testid={`open-${s}`}>
            {t(`severity.${s}`)} <b>{open[s] ?? 0}</b>
          </span>
        ))}
      </span>
      <span className="metric-group">
        {t('metrics.today')}
        <span className="metric" data-testid="metric-alerts">
          {t('metrics.alerts')} <b>{today?.alerts ?? 0}</b>
        </span>
        <span className="metric" data-testid="metric-mttd" title={t('metrics.mttdHint')}>
          MTTD <b>{formatMean(today?.mttdMs ?? 0, today?.mttdN ?? 0)}</b>
        </span>
        <span className="metric" data-testid="metric-mtta" title={t('metrics.mttaHint')}>
          MTTA <b>{formatMean(today?.mttaMs ?? 0, today?.mttaN ?? 0)}</b>
        </span>
        <span className="metric" data-testid="metric-mttr" data-n={today?.mttrN ?? 0} title={t('metrics.mttrHint')}>
          MTTR <b>{formatMean(today?.mttrMs ?? 0, today?.mttrN ?? 0)}</b>
        </span>
      </span>
      {noisiest && (
        <span className="metric" data-testid="metric-noise" title={noisiest.title}>
          {t('metrics.noisiest', { rule: noisiest.ruleId, pct: Math.round(noisiest.noise * 100), fp: noisiest.falsePositive })}
        </span>
      )}
    </div>
  );
}
