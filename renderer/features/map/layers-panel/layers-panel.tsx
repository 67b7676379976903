import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useConsole } from '../../../app/store';
import { useI18n } from '../../../i18n/locale';
import { applyLayerPrefs } from './apply-layer-prefs';
import { ImportForm } from './import-form';
import { LAYER_CATALOG, type CatalogEntry, type Swatch } from './model/layer-catalog';
import { isVisible, opacityOf, withOpacity, withVisible, type LayerPrefs } from './model/layer-prefs';
import { useLayerPrefs } from './use-layer-prefs';

export function LayersPanel({ map }: { map: MapLibreMap | null }) {
  const { t } = useI18n();
  const [prefs, setPrefs] = useLayerPrefs();
  useEffect(() => {
    if (map) applyLayerPrefs(map, prefs);
  }, [map, prefs]);
  return (
    <section className="panel layers-panel" data-testid="layers-panel">
      <h2>{t('layers.title')}</h2>
      {LAYER_CATALOG.map((group) => (
        <div key={group.id} className="layer-group" data-group={group.id}>
          <h3>{t(group.label)}</h3>
          {group.entries.map((entry) => (
            <LayerRow key={entry.id} entry={entry} prefs={prefs} onChange={setPrefs} />
          ))}
        </div>
      ))}
      <ImportForm />
    </section>
  );
}

function LayerRow({ entry, prefs, onChange }: { entry: CatalogEntry; prefs: LayerPrefs; onChange: (p: LayerPrefs) => void }) {
  const { t } = useI18n();
  const count = useConsole((s) => entry.count(s));
  const visible = isVisible(prefs, entry.id);
  const opacity = opacityOf(prefs, entry.id);
  return (
    <div className={`layer-row ${count === null ? 'no-data' : ''}`} data-testid={`layer-${entry.id}`} data-visible={visible} data-count={count ?? ''}>
      <label className="layer-toggle">
        <input type="checkbox" checked={visible} data-testid={`layer-toggle-${entry.id}`} onChange={(e) => onChange(withVisible(prefs, entry.id, e.target.checked))} />
        {entry.swatches.length === 1 ? <span className={`swatch ${entry.swatches[0].shape ?? 'dot'}`} style={{ background: entry.swatches[0].color }} /> : <span className="swatch none" />}
        <span className="layer-name">{t(entry.label)}</span>
        <span className="layer-count">{count === null ? t('layers.noData') : count.toLocaleString()}</span>
      </label>
      {count !== null && visible && (
        <div className="layer-detail">
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(opacity * 100)}
            aria-label={t('layers.opacity')}
            title={`${t('layers.opacity')}: ${Math.round(opacity * 100)}%`}
            data-testid={`layer-opacity-${entry.id}`}
            onChange={(e) => onChange(withOpacity(prefs, entry.id, Number(e.target.value) / 100))}
          />
          {entry.swatches.length > 1 && (
            <div className="layer-legend">
              {entry.swatches.map((s) => (
                <SwatchLabel key={s.label} swatch={s} />
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function SwatchLabel({ swatch }: { swatch: Swatch }) {
  const { t } = useI18n();
  return (
    <span className="legend-row small">
      <span className={`swatch small ${swatch.shape ?? 'dot'}`} style={{ background: swatch.color }} />
      {t(swatch.label, swatch.params)}
    </span>
  );
}
