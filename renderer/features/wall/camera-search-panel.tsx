// Camera list for the wall: search by id, name or ward (no diacritics needed); drag a row onto a tile.
import { useEffect, useState } from 'react';
import type { Camera } from '../../../common/domain/camera';
import { useConsole } from '../../app/store';
import { useI18n } from '../../i18n/locale';
import { startCameraDrag } from './camera-drag';
import { findCameras } from './camera-finder';

interface Props {
  shownIds: ReadonlySet<string>;
  onShow: (cameraId: string) => void;
}

export function CameraSearchPanel({ shownIds, onShow }: Props) {
  const { t } = useI18n();
  const cameras = useConsole((s) => s.cameras);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Camera[]>([]);

  useEffect(() => {
    let current = true;
    void findCameras(query, cameras.values()).then((found) => current && setResults(found));
    return () => {
      current = false;
    };
  }, [query, cameras]);

  return (
    <section className="panel wall-search" aria-label={t('wall.search.title')}>
      <h2>{t('wall.search.title')}</h2>
      <input
        type="search"
        value={query}
        data-testid="wall-camera-search"
        placeholder={t('wall.search.placeholder')}
        aria-label={t('wall.search.placeholder')}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="muted small">{t('wall.search.hint')}</p>
      <ul className="wall-search-results" data-testid="wall-camera-results">
        {results.map((c) => (
          <li
            key={c.id}
            draggable
            data-testid={`wall-camera-row-${c.id}`}
            className={`cam-row cam-${c.status} ${shownIds.has(c.id) ? 'on-wall' : ''}`}
            onDragStart={(e) => startCameraDrag(e, c.id)}
            title={t('wall.search.dragHint')}
          >
            <span className={`cam-dot cam-status-${c.status}`} aria-label={t(`cameraStatus.${c.status}`)} />
            <span className="cam-row-text">
              <b>{c.id}</b> {c.name}
              <small className="muted"> · {c.ward}</small>
            </span>
            <button type="button" data-testid={`wall-camera-show-${c.id}`} onClick={() => onShow(c.id)}>
              {t('wall.search.show')}
            </button>
          </li>
        ))}
        {results.length === 0 && <li className="muted">{t('wall.search.none', { query })}</li>}
      </ul>
    </section>
  );
}
