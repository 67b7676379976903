import { useEffect, useMemo, useState } from 'react';
import type { Salvo } from '../../../common/video/salvo';
import { useAction } from '../../app/actions/actions-context';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { latestDetectionByCamera } from '../../state/console-state';
import { useNow } from '../../ui/use-now';
import { CameraSearchPanel } from './camera-search-panel';
import { CameraTile } from './camera-tile';
import { DetectionFeed } from './detection-feed';
import { cameraAlarms } from './model/alarms';
import { WALL_LAYOUTS, isWallLayout, tileQuality, wallLayout, type WallLayoutId } from './model/layouts';
import { followSlots, slotsFromSalvo, tileForCamera } from './model/wall-slots';
import { SalvoPanel } from './salvo-panel';
import { useFollowSelection } from './use-follow-selection';
import { useTour } from './use-tour';
import { useWallArrangement } from './use-wall-arrangement';
import './wall.css';
import { useWallRequest } from './use-wall-request';

const PANEL_KEY = 'watchfloor.wall.panel';

export function WallView() {
  const { t } = useI18n();
  const bridge = useBridge();
  const now = useNow(1000);
  const cameras = useConsole((s) => s.cameras);
  const detections = useConsole((s) => s.detections);
  const alerts = useConsole((s) => s.alerts);
  const selectedId = useConsole((s) => (s.selection?.kind === 'camera' ? s.selection.id : null));
  const wall = useWallArrangement(cameras);
  const [maximisedId, setMaximisedId] = useState<string | null>(null);
  const [panelOpen, setPanelOpen] = useState(() => localStorage.getItem(PANEL_KEY) !== 'closed');
  const [follow, setFollow] = useState(false);
  const [salvos, setSalvos] = useState<Salvo[]>([]);
  const [feed] = useState(() => new DetectionFeed());
  const layout = wallLayout(wall.layoutId);
  const latest = useMemo(() => latestDetectionByCamera(detections), [detections]);
  const alarms = useMemo(() => cameraAlarms(alerts.values(), feed.alarmBatches(), now), [alerts, feed, now]);
  const shownIds = useMemo(() => new Set(wall.slots.filter((id): id is string => !!id)), [wall.slots]);
  const maximised = maximisedId && shownIds.has(maximisedId) ? maximisedId : null;

  useEffect(() => feed.attach(bridge), [feed, bridge]);
  useEffect(() => {
    void bridge.listSalvos({}).then((r) => r.ok && setSalvos(r.value));
    const offSalvos = bridge.on('salvos', setSalvos);
    return offSalvos;
  }, [bridge]);

  const recall = (salvo: Salvo) => {
    if (!isWallLayout(salvo.layout)) return;
    setMaximisedId(null);
    wall.show(salvo.layout, slotsFromSalvo(salvo, wallLayout(salvo.layout).cells.length));
  };
  const tour = useTour((name) => {
    const s = salvos.find((x) => x.name === name);
    if (s) recall(s);
  });
  const followed = useFollowSelection(follow, layout.cells.length, (r) => {
    setMaximisedId(null);
    wall.show(wall.layoutId, followSlots(r.cameraIds, layout.cells.length));
  });
  const showCamera = (cameraId: string) => wall.place(tileForCamera(wall.slots, cameraId), cameraId);
  // Cameras an incident's SOP sent to the wall (nearest first) fill it in that order.
  const wallRequest = useWallRequest();
  useEffect(() => {
    if (!wallRequest) return;
    setMaximisedId(null);
    wall.show(wall.layoutId, followSlots(wallRequest.cameraIds, layout.cells.length));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wallRequest]);
  useEffect(() => bridge.on('wallShow', ({ cameraId }) => showCamera(cameraId)));

  const chooseLayout = (id: WallLayoutId) => {
    wall.setLayout(id);
    setMaximisedId(null);
  };
  for (const id of WALL_LAYOUTS) {
    // A hook in a loop is safe: WALL_LAYOUTS is a constant list, so the order never changes.
    useAction({ id: `wall.layout.${id}`, labelKey: `wall.layout.${id}`, perform: () => chooseLayout(id) });
  }
  useAction({ id: 'wall.restore', labelKey: 'wall.restore', shortcut: 'Escape', enabled: () => maximised !== null, perform: () => setMaximisedId(null) });
  useAction({
    id: 'wall.maximiseSelected',
    labelKey: 'wall.maximise',
    shortcut: 'f',
    enabled: () => !!selectedId && shownIds.has(selectedId),
    perform: () => setMaximisedId((m) => (m === selectedId ? null : selectedId)),
  });
  useAction({ id: 'wall.follow', labelKey: 'wall.follow', perform: () => setFollow((f) => !f) });
  useAction({
    id: 'wall.panel',
    labelKey: 'wall.panel',
    perform: () => setPanelOpen((open) => (localStorage.setItem(PANEL_KEY, open ? 'closed' : 'open'), !open)),
  });

  return (
    <div className={`wall-view ${panelOpen ? 'with-panel' : ''}`}>
      <div className="wall-caption">
        <div className="toolbar" role="toolbar" aria-label={t('wall.layouts')}>
          {WALL_LAYOUTS.map((id) => (
            <button key={id} type="button" data-testid={`wall-layout-${id}`} aria-pressed={id === wall.layoutId} onClick={() => chooseLayout(id)}>
              {t(`wall.layout.${id}`)}
            </button>
          ))}
          <label className="follow-toggle">
            <input type="checkbox" data-testid="wall-follow" checked={follow} onChange={(e) => setFollow(e.target.checked)} /> {t('wall.follow')}
          </label>
          <button type="button" data-testid="wall-panel-toggle" aria-pressed={panelOpen} onClick={() => setPanelOpen((open) => (localStorage.setItem(PANEL_KEY, open ? 'closed' : 'open'), !open))}>
            {t('wall.panel')}
          </button>
        </div>
        <span data-testid="wall-caption">{t('wall.caption')}</span>
        {wallRequest?.incidentId && <span data-testid="wall-request" data-incident={wallRequest.incidentId}>{t('wall.forIncident', { id: wallRequest.incidentId, n: wallRequest.cameraIds.length })}</span>}
        <span className="muted">{t('wall.showing', { shown: shownIds.size, total: cameras.size })}</span>
      </div>
      {followed && (
        <p className={`wall-follow-note ${followed.cameraIds.length ? '' : 'warn'}`} data-testid="wall-follow-note" data-incident={followed.incidentId} data-cameras={followed.cameraIds.join(',')}>
          {followed.cameraIds.length
            ? t('wall.following', { id: followed.incidentId, n: followed.cameraIds.length })
            : t('wall.followNone', { id: followed.incidentId })}
        </p>
      )}
      <div className="wall-body">
        {cameras.size === 0 ? (
          <p className="muted">{t('wall.empty')}</p>
        ) : (
          <div
            className="wall-grid"
            data-testid="wall-grid"
            data-layout={wall.layoutId}
            style={maximised ? { gridTemplateColumns: '1fr', gridTemplateRows: '1fr' } : { gridTemplateColumns: `repeat(${layout.cols}, 1fr)`, gridTemplateRows: `repeat(${layout.rows}, 1fr)` }}
          >
            {layout.cells.map((cell, i) => {
              const id = wall.slots[i] ?? null;
              const isMax = !!id && id === maximised;
              if (maximised && !isMax) return null;
              return (
                <CameraTile
                  key={id ?? `empty-${i}`}
                  index={i}
                  cameraId={id}
                  camera={id ? cameras.get(id) : undefined}
                  latest={id ? latest.get(id) : undefined}
                  alarm={id ? alarms.get(id) : undefined}
                  selected={!!id && id === selectedId}
                  now={now}
                  quality={tileQuality(layout, cell, isMax)}
                  maximised={isMax}
                  feed={feed}
                  style={isMax ? undefined : { gridColumn: `${cell.col} / span ${cell.colSpan}`, gridRow: `${cell.row} / span ${cell.rowSpan}` }}
                  onSelect={(cid) => void bridge.select({ selection: { kind: 'camera', id: cid } })}
                  onToggleMaximise={(cid) => setMaximisedId((m) => (m === cid ? null : cid))}
                  onDropCamera={(tile, cid) => {
                    if (cameras.has(cid)) wall.place(tile, cid);
                  }}
                />
              );
            })}
          </div>
        )}
        {panelOpen && (
          <aside className="wall-side" data-testid="wall-side">
            <CameraSearchPanel shownIds={shownIds} onShow={showCamera} />
            <SalvoPanel salvos={salvos} layoutId={wall.layoutId} slots={wall.slots} tour={tour} onSalvos={setSalvos} onRecall={recall} />
          </aside>
        )}
      </div>
    </div>
  );
}
