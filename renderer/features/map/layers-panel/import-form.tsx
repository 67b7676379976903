// GeoJSON import from a file: uploads in parts over the bridge, shows progress, then the result or every error.
import { useEffect, useRef, useState } from 'react';
import { GEO_LAYERS, IMPORT_PART_CHARS, MAX_IMPORT_CHARS, type GeoImportProgress, type GeoImportReceipt, type GeoLayerId } from '../../../../common/geodata/geo-layers';
import type { BridgeError } from '../../../../common/result';
import { useBridge } from '../../../app/bridge-context';
import { useI18n } from '../../../i18n/locale';
import { bytesToBase64, newUploadId, splitParts } from './model/import-parts';
import { CameraImportOutcome, CameraImportProgressBar, importCameraFile, useCameraImportProgress, type CameraOutcome } from './camera-import';

/** The geodata layers, plus cameras: those go to the inference engine's registry, not the console cache. */
type ImportTarget = GeoLayerId | 'cameras';

type Outcome = { kind: 'done'; receipt: GeoImportReceipt } | { kind: 'error'; error: Pick<BridgeError, 'message' | 'key' | 'params'> } | null;
const SHOWN_ERRORS = 20;

export function ImportForm() {
  const { t, err } = useI18n();
  const bridge = useBridge();
  const fileInput = useRef<HTMLInputElement>(null);
  const [layer, setLayer] = useState<ImportTarget>('wards');
  const cameraProgress = useCameraImportProgress();
  const [cameraOutcome, setCameraOutcome] = useState<CameraOutcome>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<GeoImportProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const uploadRef = useRef<string | null>(null);

  useEffect(() => bridge.on('geoImportProgress', (p) => p.uploadId === uploadRef.current && setProgress(p)), [bridge]);

  const run = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: 'error', error: { message: t('geo.noFile') } });
      return;
    }
    if (layer === 'cameras') return runCameras(file);
    if (file.size > MAX_IMPORT_CHARS * 3) {
      setOutcome({ kind: 'error', error: { message: t('geo.tooLarge', { limitMb: MAX_IMPORT_CHARS / 1024 / 1024 }) } });
      return;
    }
    setBusy(true);
    setOutcome(null);
    setCameraOutcome(null);
    // An .osm.pbf goes to the roads layer (its highway=* ways); its bytes travel as base64.
    const isPbf = /\.pbf$/i.test(file.name);
    const format = isPbf ? ('osm-pbf' as const) : undefined;
    const target = isPbf ? 'roads' : layer;
    const text = isPbf ? bytesToBase64(new Uint8Array(await file.arrayBuffer())) : await file.text();
    const parts = splitParts(text, IMPORT_PART_CHARS);
    const uploadId = newUploadId();
    uploadRef.current = uploadId;
    try {
      for (let i = 0; i < parts.length; i++) {
        const part = parts.length > 1 ? { uploadId, index: i, count: parts.length } : undefined;
        const r = await bridge.importGeoJson({ layer: target, fileName: file.name, text: parts[i], part, ...(format ? { format } : {}) });
        if (!r.ok) return setOutcome({ kind: 'error', error: r.error });
        if (r.value.state !== 'partReceived') return setOutcome({ kind: 'done', receipt: r.value });
        setProgress({ uploadId, layer: target, fileName: file.name, phase: 'receiving', done: i + 1, total: parts.length });
      }
    } finally {
      setBusy(false);
      uploadRef.current = null;
    }
  };

  const runCameras = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    setCameraOutcome(null);
    const uploadId = newUploadId();
    cameraProgress.start(uploadId);
    try {
      setCameraOutcome(await importCameraFile(bridge, file, uploadId, (done, total) => cameraProgress.setProgress({ uploadId, fileName: file.name, phase: 'receiving', done, total })));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import-form" data-testid="geo-import">
      <h3>{t('geo.title')}</h3>
      <div className="import-controls">
        <select value={layer} onChange={(e) => setLayer(e.target.value as ImportTarget)} data-testid="geo-import-layer" aria-label={t('geo.layer')}>
          {GEO_LAYERS.map((l) => (
            <option key={l} value={l}>
              {t(`geo.layer.${l}`)}
            </option>
          ))}
          <option value="cameras">{t('geo.layer.cameras')}</option>
        </select>
        <input
          ref={fileInput}
          type="file"
          accept={layer === 'cameras' ? '.csv,.geojson,.json,text/csv,application/geo+json,application/json' : '.geojson,.json,.pbf,application/geo+json,application/json'}
          data-testid="geo-import-file"
          aria-label={t('geo.file')}
        />
        <button type="button" disabled={busy} onClick={() => void run()} data-testid="geo-import-submit">
          {busy ? t('geo.importing') : t('geo.import')}
        </button>
      </div>
      {busy && progress && (
        <div className="import-progress" data-testid="geo-import-progress">
          <progress max={Math.max(progress.total, 1)} value={progress.done} />
          <span>{t(`geo.phase.${progress.phase}`, { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      {outcome && <ImportOutcome outcome={outcome} errText={err} />}
      {layer === 'cameras' && !cameraOutcome && <div className="hint">{t('cameras.import.hint')}</div>}
      {busy && layer === 'cameras' && cameraProgress.progress && <CameraImportProgressBar progress={cameraProgress.progress} />}
      {cameraOutcome && <CameraImportOutcome outcome={cameraOutcome} />}
    </div>
  );
}

function ImportOutcome({ outcome, errText }: { outcome: NonNullable<Outcome>; errText: (e: Pick<BridgeError, 'message' | 'key' | 'params'>) => string }) {
  const { t } = useI18n();
  if (outcome.kind === 'error') {
    return (
      <div className="import-result error" data-testid="geo-import-result" data-state="error" role="alert">
        {errText(outcome.error)}
      </div>
    );
  }
  const r = outcome.receipt;
  if (r.state === 'imported') {
    return (
      <div className="import-result ok" data-testid="geo-import-result" data-state="imported" data-count={r.count}>
        {t('geo.imported', { count: r.count, layer: t(`geo.layer.${r.layer}`), file: r.fileName })}
        {r.skipped ? ` ${t('geo.skippedWays', { count: r.skipped })}` : ''}
      </div>
    );
  }
  if (r.state !== 'rejected') return null;
  return (
    <div className="import-result error" data-testid="geo-import-result" data-state="rejected" data-errors={r.errorCount} role="alert">
      <strong>{t('geo.rejected', { file: r.fileName, count: r.errorCount })}</strong>
      <ul>
        {r.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
          <li key={i} data-testid="geo-import-error" data-index={e.index ?? ''} data-reason={e.reason}>
            <b>{e.index === null ? t('geo.wholeFile') : t(e.reason === 'pbf' ? 'geo.blob' : 'geo.feature', { index: e.index })}</b> {t(`geo.reason.${e.reason}`)}
            <div className="hint">{e.message}</div>
          </li>
        ))}
      </ul>
      {r.errorCount > SHOWN_ERRORS && <div className="hint">{t('geo.moreErrors', { count: r.errorCount - SHOWN_ERRORS })}</div>}
    </div>
  );
}
