// The side-panel list of what a box-select caught: counts per kind, then each object; a click selects
// it in every window (linked selection).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useBridge } from '../../app/bridge-context';
import { useI18n } from '../../i18n/locale';
import { setAreaSelection, useAreaSelection } from './area-selection';
import { outlineArea } from './use-area-select';

export function AreaCard({ map }: { map: MapLibreMap | null }) {
  const { t } = useI18n();
  const bridge = useBridge();
  const area = useAreaSelection();
  useEffect(() => outlineArea(map, area?.ring ?? null), [map, area]);
  if (!area) return null;
  const { incident, unit, camera } = area.counts;
  const shown = area.items.length;
  const total = incident + unit + camera;
  return (
    <section className="panel area-card" data-testid="area-card" data-incidents={incident} data-units={unit} data-cameras={camera}>
      <header>
        <b>{t('area.title')}</b>
        <button type="button" className="link" data-testid="area-clear" onClick={() => setAreaSelection(null)}>
          {t('area.clear')}
        </button>
      </header>
      <div className="area-counts">{t('area.counts', { incidents: incident, units: unit, cameras: camera })}</div>
      {total === 0 && <p className="muted">{t('area.empty')}</p>}
      <ul className="area-items">
        {area.items.map((it) => (
          <li key={`${it.kind}:${it.id}`}>
            <button type="button" className={`area-item kind-${it.kind}`} data-testid="area-item" data-id={it.id} onClick={() => void bridge.select({ selection: { kind: it.kind, id: it.id } })}>
              {it.kind === 'incident' ? (
                <span className={`prio-badge prio-p${it.priority}`}>{t('priority.short', { n: it.priority ?? 4 })}</span>
              ) : (
                <span className="area-kind">{t(`area.kind.${it.kind}`)}</span>
              )}{' '}
              <b>{it.id}</b> <span className="muted">{it.kind === 'incident' ? t(`incidentType.${it.type}`) : it.label}</span>
            </button>
          </li>
        ))}
      </ul>
      {shown < total && <p className="muted">{t('area.more', { n: total - shown })}</p>}
    </section>
  );
}
