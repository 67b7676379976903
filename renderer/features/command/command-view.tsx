import { useMemo } from 'react';
import { SEVERITIES } from '../../../common/domain/alert';
import { CAMERA_STATUSES } from '../../../common/domain/camera';
import { PRIORITIES } from '../../../common/domain/incident';
import { AGENCIES } from '../../../common/domain/unit';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatAgo } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { engineIndicators } from '../status-bar/model/engine-health';
import { KpiGroup, KpiTile } from './kpi-tile';
import { computeKpis } from './model/kpis';
import { ForecastPanel } from './forecast-panel';

export function CommandView() {
  const { t } = useI18n();
  const now = useNow(1000);
  const incidents = useConsole((s) => s.incidents);
  const units = useConsole((s) => s.units);
  const alerts = useConsole((s) => s.alerts);
  const cameras = useConsole((s) => s.cameras);
  const status = useConsole((s) => s.status);
  const k = useMemo(() => computeKpis(incidents.values(), units.values(), alerts.values(), cameras.values()), [incidents, units, alerts, cameras]);

  return (
    <div className="command-view">
      <KpiGroup title={t('kpi.openIncidents')} total={k.openIncidents}>
        {PRIORITIES.map((p) => (
          <KpiTile key={p} testId={`kpi-p${p}`} tone={`prio-p${p}`} label={t(`priority.${p}`)} value={k.openIncidentsByPriority[p]} />
        ))}
      </KpiGroup>
      <KpiGroup title={t('kpi.unitsAvailable')}>
        {AGENCIES.map((a) => (
          <KpiTile
            key={a}
            testId={`kpi-units-${a}`}
            tone={`agency-${a}`}
            label={t(`agency.${a}`)}
            value={k.unitsByAgency[a].available}
            sub={t('kpi.ofTotal', { total: k.unitsByAgency[a].total })}
          />
        ))}
      </KpiGroup>
      <KpiGroup title={t('kpi.openAlerts')} total={k.openAlerts}>
        {[...SEVERITIES].reverse().map((s) => (
          <KpiTile key={s} testId={`kpi-alerts-${s}`} tone={`sev-${s}`} label={t(`severity.${s}`)} value={k.openAlertsBySeverity[s]} />
        ))}
      </KpiGroup>
      <div className="kpi-pair">
        <KpiGroup title={t('kpi.engines')}>
          {engineIndicators(status).map((e) => (
            <KpiTile
              key={e.engine}
              testId={`kpi-engine-${e.engine}`}
              tone={`engine-${e.state}`}
              label={t(`engine.${e.engine}`)}
              value={t(`engineState.${e.state}`)}
              sub={e.state === 'ready' ? undefined : e.staleSinceMs === null ? t('status.staleUnknown') : t('status.stale', { age: formatAgo(t, e.staleSinceMs, now) })}
            />
          ))}
        </KpiGroup>
        <KpiGroup title={t('kpi.cameras')} total={k.cameras.total}>
          {CAMERA_STATUSES.map((c) => (
            <KpiTile key={c} testId={`kpi-cameras-${c}`} tone={`cam-${c}`} label={t(`cameraStatus.${c}`)} value={k.cameras[c]} />
          ))}
        </KpiGroup>
      </div>
      <ForecastPanel />
    </div>
  );
}
