import type { Map as MapLibreMap } from 'maplibre-gl';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { formatAgo, formatLatLon } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { AreaCard } from './area-card';
import { LayersPanel } from './layers-panel/layers-panel';
import { CameraCard, UnitCard, WardCard } from './query-cards';
import { SensorCard } from './sensors/sensor-card';

export function MapSidePanel({ map }: { map: MapLibreMap | null }) {
  return (
    <aside className="map-side">
      <SelectionCard />
      <AreaCard map={map} />
      <WardCard />
      <LayersPanel map={map} />
    </aside>
  );
}

function SelectionCard() {
  const selection = useConsole((s) => s.selection);
  if (selection?.kind === 'camera') return <CameraCard id={selection.id} />;
  if (selection?.kind === 'unit') return <UnitCard id={selection.id} />;
  if (selection?.kind === 'sensor') return <SensorCard id={selection.id} />;
  return <SelectedIncidentCard />;
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
