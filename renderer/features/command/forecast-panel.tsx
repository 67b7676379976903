// Command view: the wards most at risk of flooding (with the horizon the risk peaks at) and the
// congestion forecast per corridor, both live from the inference engine.
import { useMemo } from 'react';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { peakHorizon, topFloodRisks } from '../map/model/sensor-geojson';
import '../map/sensors/sensor-labels.css';
import { KpiGroup } from './kpi-tile';

const TOP_WARDS = 6;

export function ForecastPanel() {
  const { t } = useI18n();
  const risks = useConsole((s) => s.floodRisks);
  const corridors = useConsole((s) => s.corridors);
  const top = useMemo(() => topFloodRisks(risks.values(), TOP_WARDS), [risks]);
  const corridorList = useMemo(() => [...corridors.values()].sort((a, b) => (b.horizons[1]?.ratio ?? 0) - (a.horizons[1]?.ratio ?? 0)), [corridors]);
  const atRisk = top.filter((r) => r.risk === 'high' || r.risk === 'severe').length;
  return (
    <div className="kpi-pair">
      <KpiGroup title={t('forecast.floodWards')} total={atRisk}>
        {top.length === 0 ? (
          <p className="muted">{t('forecast.noneYet')}</p>
        ) : (
          <table className="forecast-table" data-testid="flood-top-wards">
            <thead>
              <tr>
                <th>{t('detail.ward')}</th>
                <th>{t('forecast.risk')}</th>
                <th>{t('forecast.peakAt')}</th>
                <th>{t('forecast.now')}</th>
              </tr>
            </thead>
            <tbody>
              {top.map((r) => {
                const peak = peakHorizon(r);
                return (
                  <tr key={r.ward} data-testid="flood-ward-row" data-ward={r.ward} data-risk={r.risk}>
                    <td>{r.ward}</td>
                    <td>
                      <span className={`risk-badge risk-${r.risk}`}>{t(`floodRisk.${r.risk}`)}</span> {Math.round(r.probability * 100)}%
                    </td>
                    <td>{peak ? t('forecast.peakValue', { n: peak.minutes, level: Math.round(peak.levelCm), alarm: r.alarmCm }) : '–'}</td>
                    <td>{Math.round(r.currentCm * 10) / 10} cm</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </KpiGroup>
      <KpiGroup title={t('forecast.corridors')}>
        {corridorList.length === 0 ? (
          <p className="muted">{t('forecast.noneYet')}</p>
        ) : (
          <table className="forecast-table" data-testid="corridor-forecasts">
            <thead>
              <tr>
                <th>{t('forecast.corridor')}</th>
                <th>{t('forecast.now')}</th>
                {corridorList[0].horizons.map((h) => (
                  <th key={h.minutes}>{t('forecast.inMinutes', { n: h.minutes })}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {corridorList.map((c) => (
                <tr key={c.id} data-testid="corridor-row" data-id={c.id}>
                  <td title={c.cameraIds.join(', ')}>{c.name}</td>
                  <td className={`congestion-${c.currentLevel}`}>{t(`congestion.${c.currentLevel}`)}</td>
                  {c.horizons.map((h) => (
                    <td key={h.minutes} className={`congestion-${h.level}`} title={t('forecast.vehiclesPerFrame', { n: h.vehicles })}>
                      {t(`congestion.${h.level}`)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </KpiGroup>
    </div>
  );
}
