import { AGENCIES } from '../../../common/domain/unit';
import { CAMERA_STATUSES } from '../../../common/domain/camera';
import { PRIORITIES } from '../../../common/domain/incident';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatAgo, formatLatLon } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { AGENCY_COLORS, CAMERA_COLORS, PRIORITY_COLORS } from './model/colors';

export function MapSidePanel() {
  return (
    <aside className="map-side">
      <SelectedIncidentCard />
      <MapLegend />
    </aside>
  );
}

function SelectedIncidentCard() {
  const { t } = useI18n();
  const now = useNow(1000);
  const selection = useConsole((s) => s.selection);
  const incident = useConsole((s) => (s.selection?.kind === 'incident' ? s.incidents.get(s.selection.id) : undefined));
  if (!incident) {
    return <section className="panel muted">{selection ? `${selection.kind}: ${selection.id}` : t('detail.none')}</section>;
  }
  return (
    <section className="panel incident-card" data-testid="map-selected" data-id={incident.id}>
      <header>
        <span className={`prio-badge prio-p${incident.priority}`}>{t('priority.short', { n: incident.priority })}</span>
        <b>{incident.id}</b>
      </header>
      <div className="big">{t(`incidentType.${incident.type}`)}</div>
      <dl>
        <dt>{t('col.status')}</dt>
        <dd className={`status-${incident.status}`}>{t(`incidentStatus.${incident.status}`)}</dd>
        <dt>{t('detail.ward')}</dt>
        <dd>{incident.ward}</dd>
        <dt>{t('detail.location')}</dt>
        <dd>{formatLatLon(incident.location)}</dd>
        <dt>{t('detail.created')}</dt>
        <dd>{formatAgo(t, incident.createdMs, now)}</dd>
      </dl>
      {incident.description && <p className="desc">{incident.description}</p>}
    </section>
  );
}

function MapLegend() {
  const { t } = useI18n();
  return (
    <section className="panel legend">
      <h2>{t('map.legend')}</h2>
      <h3>{t('role.incidents')}</h3>
      {PRIORITIES.map((p) => (
        <LegendRow key={p} color={PRIORITY_COLORS[p]} label={t(`priority.${p}`)} />
      ))}
      <h3>{t('map.units')}</h3>
      {AGENCIES.map((a) => (
        <LegendRow key={a} color={AGENCY_COLORS[a]} label={t(`agency.${a}`)} />
      ))}
      <h3>{t('map.cameras')}</h3>
      {CAMERA_STATUSES.map((c) => (
        <LegendRow key={c} color={CAMERA_COLORS[c]} label={t(`cameraStatus.${c}`)} small />
      ))}
    </section>
  );
}

function LegendRow({ color, label, small }: { color: string; label: string; small?: boolean }) {
  return (
    <div className="legend-row">
      <span className={`swatch ${small ? 'small' : ''}`} style={{ background: color }} />
      {label}
    </div>
  );
}
