// The side panel for a clicked sensor: latest reading, status, trend, and its ward's flood forecast.
import { aqiBand, type Sensor, type WardFloodRisk } from '../../../../common/domain/sensor';
import { useConsole } from '../../../app/store';
import { useI18n } from '../../../i18n/locale';
import { formatAgo } from '../../../ui/format';
import { useNow } from '../../../ui/use-now';
import { formatReading } from '../model/sensor-geojson';
import { sparkline } from '../model/sparkline';

const SPARK_W = 240;
const SPARK_H = 44;

export function SensorCard({ id }: { id: string }) {
  const { t } = useI18n();
  const now = useNow(1000);
  const sensor = useConsole((s) => s.sensors.get(id));
  const risk = useConsole((s) => (sensor ? s.floodRisks.get(sensor.ward) : undefined));
  if (!sensor) return <section className="panel muted" data-testid="sensor-card-missing">{t('sensor.unknown', { id })}</section>;
  const levelClass = sensor.status === 'online' ? `level-${sensor.level}` : `status-${sensor.status}`;
  return (
    <section className="panel sensor-card" data-testid="sensor-card" data-id={sensor.id} data-kind={sensor.kind}>
      <header>
        <b>{t(`sensorKind.${sensor.kind}`)}</b> <span className="muted">{sensor.id}</span>
      </header>
      <div className="big">{sensor.name}</div>
      <div className={`sensor-value ${levelClass}`} data-testid="sensor-value">
        {formatReading(sensor)} <small>{levelText(t, sensor)}</small>
      </div>
      <dl>
        <dt>{t('sensor.status')}</dt>
        <dd className={`status-${sensor.status}`} data-testid="sensor-status">
          {t(`sensorStatus.${sensor.status}`)}
          {sensor.lastReadingMs ? ` · ${formatAgo(t, sensor.lastReadingMs, now)}` : ''}
        </dd>
        <dt>{t('detail.ward')}</dt>
        <dd>{sensor.ward}</dd>
        {sensor.kind !== 'pump' && sensor.alarm > 0 && (
          <>
            <dt>{t('sensor.thresholds')}</dt>
            <dd>{t('sensor.thresholdValues', { warn: sensor.warn, alarm: sensor.alarm, unit: sensor.unit })}</dd>
          </>
        )}
      </dl>
      <Trend sensor={sensor} />
      {(sensor.kind === 'water_level' || sensor.kind === 'rain' || sensor.kind === 'pump') && <WardForecast risk={risk} sensor={sensor} />}
    </section>
  );
}

function levelText(t: ReturnType<typeof useI18n>['t'], s: Sensor): string {
  if (!s.lastReadingMs) return '';
  if (s.kind === 'air_quality') return t(`aqiBand.${aqiBand(s.lastValue)}`);
  return t(`sensorLevel.${s.level}`);
}

function Trend({ sensor }: { sensor: Sensor }) {
  const { t } = useI18n();
  const line = sparkline(sensor.recent, SPARK_W, SPARK_H, sensor.kind === 'pump' ? [] : [sensor.warn, sensor.alarm]);
  if (!line) return <p className="muted">{t('sensor.noTrend')}</p>;
  const first = sensor.recent[0];
  const warnY = sensor.kind === 'pump' ? null : line.y(sensor.warn);
  const alarmY = sensor.kind === 'pump' ? null : line.y(sensor.alarm);
  return (
    <figure className="sensor-trend" data-testid="sensor-trend" data-points={sensor.recent.length}>
      <svg className="sparkline" viewBox={`0 0 ${SPARK_W} ${SPARK_H}`} preserveAspectRatio="none" role="img" aria-label={t('sensor.trend')}>
        {warnY !== null && <line className="warn" x1={0} x2={SPARK_W} y1={warnY} y2={warnY} />}
        {alarmY !== null && <line className="alarm" x1={0} x2={SPARK_W} y1={alarmY} y2={alarmY} />}
        <path className="line" d={line.path} />
      </svg>
      <figcaption className="model-note">{t('sensor.trendSince', { time: new Date(first.t).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }), min: Math.round(line.min * 10) / 10, max: Math.round(line.max * 10) / 10 })}</figcaption>
    </figure>
  );
}

function WardForecast({ risk, sensor }: { risk: WardFloodRisk | undefined; sensor: Sensor }) {
  const { t } = useI18n();
  if (!risk) return <p className="muted" data-testid="sensor-forecast-none">{t('forecast.none')}</p>;
  return (
    <div className="sensor-forecast" data-testid="sensor-forecast" data-risk={risk.risk}>
      <h3>
        {t('forecast.floodTitle', { ward: risk.ward })} <span className={`risk-badge risk-${risk.risk}`}>{t(`floodRisk.${risk.risk}`)}</span>
      </h3>
      {risk.sensorId !== sensor.id && <p className="model-note">{t('forecast.drivenBy', { id: risk.sensorId })}</p>}
      {risk.horizons.length > 0 && (
        <table className="forecast-table">
          <thead>
            <tr>
              <th>{t('forecast.horizon')}</th>
              <th>{t('forecast.level')}</th>
              <th>{t('forecast.probability')}</th>
            </tr>
          </thead>
          <tbody>
            {risk.horizons.map((h) => (
              <tr key={h.minutes}>
                <td>{t('forecast.inMinutes', { n: h.minutes })}</td>
                <td>{Math.round(h.levelCm * 10) / 10} cm</td>
                <td>{Math.round(h.probability * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="model-note">{t('forecast.modelNote', { alarm: risk.alarmCm, rmse: risk.holdoutRmseCm, persistence: risk.persistenceRmseCm })}</p>
    </div>
  );
}
