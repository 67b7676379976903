// Camera files (CSV/GeoJSON) into the inference engine's registry, through the map's import form:
// upload in parts, progress (uploading, then sending to the engine), then the count or every row error.
import { useEffect, useRef, useState } from 'react';
import { formatFromFileName, type CameraImportProgress, type CameraImportReceipt } from '../../../../common/domain/camera-registry';
import { IMPORT_PART_CHARS } from '../../../../common/geodata/geo-layers';
import type { BridgeError } from '../../../../common/result';
import type { BridgeApi } from '../../../../common/bridge/contract';
import { useBridge } from '../../../app/bridge-context';
import { useI18n } from '../../../i18n/locale';
import { splitParts } from './model/import-parts';

export type CameraOutcome = { kind: 'done'; receipt: CameraImportReceipt } | { kind: 'error'; error: Pick<BridgeError, 'message' | 'key' | 'params'> } | null;
const SHOWN_ERRORS = 50;
const MAX_FILE_BYTES = 300 * 1024 * 1024;

/** Sends one camera file; progress arrives as cameraImportProgress events for uploadId. */
export async function importCameraFile(bridge: BridgeApi, file: File, uploadId: string, onPart: (done: number, total: number) => void): Promise<CameraOutcome> {
  const format = formatFromFileName(file.name);
  if (!format) return { kind: 'error', error: { message: `not a camera file: ${file.name}`, key: 'cameras.import.badFormat', params: { file: file.name } } };
  if (file.size > MAX_FILE_BYTES) return { kind: 'error', error: { message: 'too large', key: 'cameras.import.tooLarge', params: { limitMb: 100 } } };
  const parts = splitParts(await file.text(), IMPORT_PART_CHARS);
  for (let i = 0; i < parts.length; i++) {
    const part = parts.length > 1 ? { uploadId, index: i, count: parts.length } : undefined;
    const r = await bridge.importCameras({ format, fileName: file.name, text: parts[i], part });
    if (!r.ok) return { kind: 'error', error: r.error };
    if (r.value.state !== 'partReceived') return { kind: 'done', receipt: r.value };
    onPart(i + 1, parts.length);
  }
  return null;
}

/** Progress of the camera upload this window started (main pushes it; parts are counted here too). */
export function useCameraImportProgress(): { progress: CameraImportProgress | null; start(uploadId: string): void; setProgress(p: CameraImportProgress | null): void } {
  const bridge = useBridge();
  const uploadRef = useRef<string | null>(null);
  const [progress, setProgress] = useState<CameraImportProgress | null>(null);
  useEffect(() => bridge.on('cameraImportProgress', (p) => p.uploadId === uploadRef.current && setProgress(p)), [bridge]);
  return {
    progress,
    start: (id) => {
      uploadRef.current = id;
      setProgress(null);
    },
    setProgress,
  };
}

export function CameraImportProgressBar({ progress }: { progress: CameraImportProgress }) {
  const { t } = useI18n();
  return (
    <div className="import-progress" data-testid="camera-import-progress" data-phase={progress.phase}>
      <progress max={Math.max(progress.total, 1)} value={progress.done} />
      <span>{t(`cameras.import.phase.${progress.phase}`, { done: progress.done, total: progress.total })}</span>
    </div>
  );
}

export function CameraImportOutcome({ outcome }: { outcome: NonNullable<CameraOutcome> }) {
  const { t, err } = useI18n();
  if (outcome.kind === 'error') {
    return (
      <div className="import-result error" data-testid="camera-import-result" data-state="error" role="alert">
        {err(outcome.error)}
      </div>
    );
  }
  const r = outcome.receipt;
  if (r.state === 'imported') {
    return (
      <div className="import-result ok" data-testid="camera-import-result" data-state="imported" data-count={r.rows}>
        {t('cameras.import.imported', { rows: r.rows, file: r.fileName, created: r.created, updated: r.updated })}
      </div>
    );
  }
  if (r.state !== 'rejected') return null;
  return (
    <div className="import-result error" data-testid="camera-import-result" data-state="rejected" data-errors={r.errorCount} role="alert">
      <strong>{t('cameras.import.rejected', { file: r.fileName, count: r.errorCount, rows: r.rows })}</strong>
      <ul>
        {r.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
          <li key={i} data-testid="camera-import-error" data-index={e.index} data-field={e.field}>
            <b>{e.index < 0 ? t('cameras.import.wholeFile') : e.line ? t('cameras.import.line', { line: e.line }) : t('cameras.import.feature', { index: e.index })}</b>{' '}
            <code>{e.field}</code> {e.value !== '' && <q>{e.value}</q>} {e.message}
          </li>
        ))}
      </ul>
      {r.errorCount > SHOWN_ERRORS && <div className="hint">{t('cameras.import.moreErrors', { count: r.errorCount - SHOWN_ERRORS })}</div>}
    </div>
  );
}
