import { useMemo, useState } from 'react';
import { useAction } from '../../app/actions/actions-context';
import { useBridge } from '../../app/bridge-context';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { latestDetectionByCamera } from '../../state/console-state';
import { useNow } from '../../ui/use-now';
import { CameraTile } from './camera-tile';
import { WALL_LAYOUTS, isWallLayout, tileQuality, wallLayout, type WallLayoutId } from './model/layouts';
import { wallCameras } from './model/wall-tiles';
import './wall.css';
import { useWallRequest } from './use-wall-request';

const LAYOUT_KEY = 'watchfloor.wall.layout';

function savedLayout(): WallLayoutId {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(LAYOUT_KEY);
  return isWallLayout(saved) ? saved : '3x3';
}

export function WallView() {
  const { t } = useI18n();
  const bridge = useBridge();
  const now = useNow(1000);
  const cameras = useConsole((s) => s.cameras);
  const detections = useConsole((s) => s.detections);
  const selectedId = useConsole((s) => (s.selection?.kind === 'camera' ? s.selection.id : null));
  const [layoutId, setLayoutId] = useState<WallLayoutId>(savedLayout);
  const [maximisedId, setMaximisedId] = useState<string | null>(null);
  const layout = wallLayout(layoutId);
  const wallRequest = useWallRequest();
  const shown = useMemo(() => wallCameras(cameras.values(), layout.cells.length, wallRequest?.cameraIds), [cameras, layout.cells.length, wallRequest]);
  const latest = useMemo(() => latestDetectionByCamera(detections), [detections]);
  const maximised = maximisedId && shown.some((c) => c.id === maximisedId) ? maximisedId : null;

  const chooseLayout = (id: WallLayoutId) => {
    setLayoutId(id);
    setMaximisedId(null);
    localStorage.setItem(LAYOUT_KEY, id);
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
    enabled: () => !!selectedId && shown.some((c) => c.id === selectedId),
    perform: () => setMaximisedId((m) => (m === selectedId ? null : selectedId)),
  });

  return (
    <div className="wall-view">
      <div className="wall-caption">
        <div className="toolbar" role="toolbar" aria-label={t('wall.layouts')}>
          {WALL_LAYOUTS.map((id) => (
            <button key={id} type="button" data-testid={`wall-layout-${id}`} aria-pressed={id === layoutId} onClick={() => chooseLayout(id)}>
              {t(`wall.layout.${id}`)}
            </button>
          ))}
        </div>
        <span data-testid="wall-caption">{t('wall.caption')}</span>
        {wallRequest?.incidentId && <span data-testid="wall-request" data-incident={wallRequest.incidentId}>{t('wall.forIncident', { id: wallRequest.incidentId, n: wallRequest.cameraIds.length })}</span>}
        <span className="muted">{t('wall.showing', { shown: shown.length, total: cameras.size })}</span>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('wall.empty')}</p>
      ) : (
        <div
          className="wall-grid"
          data-testid="wall-grid"
          data-layout={layoutId}
          style={maximised ? { gridTemplateColumns: '1fr', gridTemplateRows: '1fr' } : { gridTemplateColumns: `repeat(${layout.cols}, 1fr)`, gridTemplateRows: `repeat(${layout.rows}, 1fr)` }}
        >
          {shown.map((c, i) => {
            const cell = layout.cells[i];
            const isMax = c.id === maximised;
            if (maximised && !isMax) return null;
            return (
              <CameraTile
                key={c.id}
                camera={c}
                latest={latest.get(c.id)}
                selected={c.id === selectedId}
                now={now}
                quality={tileQuality(layout, cell, isMax)}
                maximised={isMax}
                style={isMax ? undefined : { gridColumn: `${cell.col} / span ${cell.colSpan}`, gridRow: `${cell.row} / span ${cell.rowSpan}` }}
                onSelect={(id) => void bridge.select({ selection: { kind: 'camera', id } })}
                onToggleMaximise={(id) => setMaximisedId((m) => (m === id ? null : id))}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
