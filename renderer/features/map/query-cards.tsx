// Query side cards: the selected camera's live state, the focused ward and its open incidents.
import { useMemo, useState } from 'react';
import { CAMERA_DRAG_MIME } from '../../../common/bridge/contract';
import type { BridgeError } from '../../../common/result';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { hasMessage } from '../../i18n/translate';
import { formatAgo, formatLatLon } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { setFocusedWard, useFocusedWard } from './map-focus';
import { openIncidentsInWard, wardFeatures } from './model/ward-incidents';

const SHOWN_INCIDENTS = 12;

export function CameraCard({ id }: { id: string }) {
  const { t, locale, err } = useI18n();
  const now = useNow(1000);
  const camera = useConsole((s) => s.cameras.get(id));
  const bridge = useBridge();
  const [wallError, setWallError] = useState<BridgeError | null>(null);
  if (!camera) return <section className="panel muted">{t('query.gone', { id })}</section>;
  const counts = Object.entries(camera.lastCounts ?? {}).sort((a, b) => b[1] - a[1]);
  const cls = (c: string) => (hasMessage(locale, `detClass.${c}`) ? t(`detClass.${c}`) : c);
  return (
    <section
      className="panel query-card"
      data-testid="camera-card"
      data-id={camera.id}
      data-status={camera.status}
      draggable
      title={t('wall.dragToWall')}
      onDragStart={(e) => {
        e.dataTransfer.setData(CAMERA_DRAG_MIME, camera.id);
        e.dataTransfer.setData('text/plain', camera.id);
        e.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <header>
        <span className={`cam-status cam-status-${camera.status}`}>{t(`cameraStatus.${camera.status}`)}</span> <b>{camera.id}</b>
      </header>
      <div className="big">{camera.name}</div>
      <dl>
        <dt>{t('detail.ward')}</dt>
        <dd>{camera.ward}</dd>
        <dt>{t('detail.location')}</dt>
        <dd>{formatLatLon(camera.location)}</dd>
        <dt>{t('query.updated')}</dt>
        <dd>{formatAgo(t, camera.updatedMs, now)}</dd>
        <dt>{t('query.lastDetection')}</dt>
        <dd>{camera.lastDetectionMs ? formatAgo(t, camera.lastDetectionMs, now) : t('wall.noDetections')}</dd>
      </dl>
      {counts.length > 0 && (
        <ul className="counts" data-testid="camera-counts">
          {counts.map(([c, n]) => (
            <li key={c}>
              <b>{n}</b> {cls(c)}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        data-testid="camera-show-on-wall"
        onClick={() => void bridge.showOnWall({ cameraId: camera.id }).then((r) => setWallError(r.ok ? null : r.error))}
      >
        {t('wall.showOnWall')}
      </button>
      {wallError && <p className="error">{err(wallError)}</p>}
    </section>
  );
}

export function UnitCard({ id }: { id: string }) {
  const { t } = useI18n();
  const now = useNow(1000);
  const unit = useConsole((s) => s.units.get(id));
  if (!unit) return <section className="panel muted">{t('query.gone', { id })}</section>;
  return (
    <section className="panel query-card" data-testid="unit-card" data-id={unit.id}>
      <header>
        <b>{unit.callSign}</b> · {t(`agency.${unit.agency}`)}
      </header>
      <dl>
        <dt>{t('col.status')}</dt>
        <dd>{t(`unitStatus.${unit.status}`)}</dd>
        <dt>{t('detail.location')}</dt>
        <dd>{formatLatLon(unit.position)}</dd>
        <dt>{t('query.updated')}</dt>
        <dd>{formatAgo(t, unit.updatedMs, now)}</dd>
      </dl>
    </section>
  );
}

export function WardCard() {
  const { t } = useI18n();
  const bridge = useBridge();
  const name = useFocusedWard();
  const wardAreas = useConsole((s) => s.mapContext?.wardAreas);
  const incidents = useConsole((s) => s.incidents);
  const scope = useConsole((s) => s.wardScope);
  const open = useMemo(() => {
    if (!name) return [];
    const feature = wardFeatures(wardAreas).find((f) => f.properties?.name === name);
    return openIncidentsInWard(incidents.values(), name, feature);
  }, [name, wardAreas, incidents]);
  if (!name) return null;
  return (
    <section className="panel query-card" data-testid="ward-card" data-name={name} data-open={open.length}>
      <header>
        <b>{name}</b>
        <button type="button" className="link close" onClick={() => setFocusedWard(null)} aria-label={t('query.close')}>
          ×
        </button>
      </header>
      <div className="muted">{t('query.openIncidents', { n: open.length })}</div>
      <label className="ward-scope-toggle">
        <input type="checkbox" data-testid="ward-scope-toggle" checked={scope === name} onChange={(e) => void bridge.setWardScope({ ward: e.target.checked ? name : null })} />
        {t('scope.toggle')}
      </label>
      <ul className="ward-incidents">
        {open.slice(0, SHOWN_INCIDENTS).map((i) => (
          <li key={i.id}>
            <button type="button" className="link" onClick={() => void bridge.select({ selection: { kind: 'incident', id: i.id } })}>
              <span className={`prio-badge prio-p${i.priority}`}>{t('priority.short', { n: i.priority })}</span> {i.id} · {t(`incidentType.${i.type}`)}
            </button>
          </li>
        ))}
      </ul>
      {open.length > SHOWN_INCIDENTS && <div className="hint">{t('query.more', { n: open.length - SHOWN_INCIDENTS })}</div>}
    </section>
  );
}
