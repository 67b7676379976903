// "Download this area for offline use": a ward or the visible map, a zoom range, an estimate first,
// then a progress bar with cancel; a cancelled download keeps what it fetched and says so.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { OfflineAreaArgs, OfflineAreaEstimate, OfflineDownloadProgress } from '../../../../common/tiles/basemap-types';
import type { BridgeError } from '../../../../common/result';
import { useBridge } from '../../../app/bridge-context';
import { useConsole } from '../../../app/store';
import { useI18n } from '../../../i18n/locale';
import { formatMb, visibleBbox, type Bbox } from './offline-area';

const VISIBLE = '';

export function OfflineDownloadForm({ map }: { map: MapLibreMap | null }) {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const allWards = useConsole((s) => s.mapContext?.wards);
  const wards = (allWards ?? []).filter((w) => w.bbox);
  const [ward, setWard] = useState(VISIBLE);
  const [minZoom, setMinZoom] = useState(() => Math.max(0, Math.floor(map?.getZoom() ?? 12)));
  const [maxZoom, setMaxZoom] = useState(() => Math.min(17, Math.floor(map?.getZoom() ?? 12) + 2));
  const [estimate, setEstimate] = useState<OfflineAreaEstimate | null>(null);
  const [progress, setProgress] = useState<OfflineDownloadProgress | null>(null);
  const [error, setError] = useState<Pick<BridgeError, 'message' | 'key' | 'params'> | null>(null);
  const jobRef = useRef<string | null>(null);

  useEffect(() => bridge.on('offlineDownload', (p) => p.jobId === jobRef.current && setProgress(p)), [bridge]);

  const area = (): OfflineAreaArgs | null => {
    const w = wards.find((x) => x.name === ward);
    const bbox: Bbox | null = w?.bbox ?? (map ? visibleBbox(map) : null);
    return bbox ? { bbox, minZoom, maxZoom, label: w ? w.name : t('offline.visibleArea') } : null;
  };

  const runEstimate = async () => {
    const a = area();
    if (!a) return;
    setError(null);
    setProgress(null);
    const r = await bridge.estimateOfflineArea(a);
    if (r.ok) setEstimate(r.value);
    else setError(r.error);
  };

  const start = async () => {
    const a = area();
    if (!a) return;
    setError(null);
    const r = await bridge.downloadOfflineArea(a);
    if (!r.ok) return setError(r.error);
    jobRef.current = r.value.jobId;
    setProgress({ jobId: r.value.jobId, label: a.label ?? '', state: 'running', total: r.value.total, stored: 0, failed: 0, bytes: 0, detail: null });
  };

  const running = progress?.state === 'running';
  const changed = () => setEstimate(null);
  return (
    <div className="offline-download" data-testid="offline-download">
      <h4>{t('offline.download')}</h4>
      <div className="basemap-row">
        <select value={ward} onChange={(e) => (setWard(e.target.value), changed())} aria-label={t('offline.area')} data-testid="offline-area" disabled={running}>
          <option value={VISIBLE}>{t('offline.visibleArea')}</option>
          {wards.map((w) => (
            <option key={w.name} value={w.name}>
              {w.name}
            </option>
          ))}
        </select>
        <label>
          {t('offline.zoom')}{' '}
          <input type="number" min={0} max={19} value={minZoom} onChange={(e) => (setMinZoom(Number(e.target.value)), changed())} data-testid="offline-min-zoom" disabled={running} />
          –
          <input type="number" min={0} max={19} value={maxZoom} onChange={(e) => (setMaxZoom(Number(e.target.value)), changed())} data-testid="offline-max-zoom" disabled={running} />
        </label>
      </div>
      <div className="basemap-row">
        <button type="button" onClick={() => void runEstimate()} disabled={running} data-testid="offline-estimate">
          {t('offline.estimate')}
        </button>
        <button type="button" onClick={() => void start()} disabled={running || !estimate || estimate.tiles > estimate.maxTiles} data-testid="offline-start">
          {t('offline.start')}
        </button>
        {running && (
          <button type="button" onClick={() => void bridge.cancelOfflineDownload({ jobId: progress.jobId })} data-testid="offline-cancel">
            {t('offline.cancel')}
          </button>
        )}
      </div>
      {estimate && !progress && (
        <div className={`hint ${estimate.tiles > estimate.maxTiles ? 'warn' : ''}`} data-testid="offline-estimate-result" data-tiles={estimate.tiles}>
          {estimate.tiles > estimate.maxTiles
            ? t('offline.tooMany', { tiles: estimate.tiles, max: estimate.maxTiles })
            : t('offline.estimateResult', { tiles: estimate.tiles, cached: estimate.cached, mb: formatMb(estimate.estimatedBytes) })}
        </div>
      )}
      {progress && (
        <div className="import-progress" data-testid="offline-progress" data-state={progress.state} data-stored={progress.stored} data-total={progress.total}>
          <progress max={Math.max(progress.total, 1)} value={progress.stored} />
          <span>{t(`offline.state.${progress.state}`, { stored: progress.stored, total: progress.total, mb: formatMb(progress.bytes), failed: progress.failed, label: progress.label })}</span>
          {progress.detail && <div className="hint warn">{progress.detail}</div>}
        </div>
      )}
      {error && (
        <div className="import-result error" role="alert" data-testid="offline-error">
          {err(error)}
        </div>
      )}
    </div>
  );
}
