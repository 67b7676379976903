// Basemap choice (local MBTiles/PMTiles file, online template, none) and "download this area for offline use".
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState } from 'react';
import type { BasemapState, SetBasemapArgs } from '../../../../common/tiles/basemap-types';
import type { BridgeError } from '../../../../common/result';
import { useBridge } from '../../../app/bridge-context';
import { useI18n } from '../../../i18n/locale';
import { OfflineDownloadForm } from './offline-download-form';
import { formatMb } from './offline-area';

export function BasemapPanel({ map, basemap }: { map: MapLibreMap | null; basemap: BasemapState | null }) {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<Pick<BridgeError, 'message' | 'key' | 'params'> | null>(null);

  const choose = async (args: SetBasemapArgs) => {
    setError(null);
    const r = await bridge.setBasemap(args);
    if (!r.ok) setError(r.error);
  };

  return (
    <>
      <button type="button" className={`map-basemap-toggle ${open ? 'on' : ''}`} aria-expanded={open} data-testid="basemap-toggle" onClick={() => setOpen(!open)} title={t('basemap.title')}>
        {t('basemap.button')}
      </button>
      {open && (
        <section className="map-basemap-panel" data-testid="basemap-panel" aria-label={t('basemap.title')}>
          <h3>{t('basemap.title')}</h3>
          <div className="hint" data-testid="basemap-current" data-kind={basemap?.kind ?? 'none'}>
            {!basemap || basemap.kind === 'none' ? t('basemap.none') : t(`basemap.kind.${basemap.kind}`, { name: basemap.name })}
            {basemap && basemap.kind === 'url' && ` · ${t('basemap.cache', { tiles: basemap.cache.tiles, mb: formatMb(basemap.cache.bytes), cap: formatMb(basemap.cache.maxBytes) })}`}
          </div>
          {basemap?.problem && <div className="hint warn">{basemap.problem}</div>}
          <div className="basemap-row">
            <input value={file} onChange={(e) => setFile(e.target.value)} placeholder={t('basemap.filePlaceholder')} aria-label={t('basemap.file')} data-testid="basemap-file" />
            <button type="button" disabled={!file.trim()} onClick={() => void choose({ file: file.trim() })} data-testid="basemap-use-file">
              {t('basemap.useFile')}
            </button>
          </div>
          <div className="basemap-row">
            <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…/{z}/{x}/{y}.png" aria-label={t('basemap.url')} data-testid="basemap-url" />
            <button type="button" disabled={!url.trim()} onClick={() => void choose({ url: url.trim() })} data-testid="basemap-use-url">
              {t('basemap.useUrl')}
            </button>
          </div>
          <button type="button" className="link" onClick={() => void choose({ none: true })} data-testid="basemap-use-none">
            {t('basemap.useNone')}
          </button>
          {error && (
            <div className="import-result error" role="alert" data-testid="basemap-error">
              {err(error)}
            </div>
          )}
          {basemap?.kind === 'url' && <OfflineDownloadForm map={map} />}
        </section>
      )}
    </>
  );
}
