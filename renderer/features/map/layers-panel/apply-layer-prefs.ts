// Puts the operator's layer choices on the map: visibility, opacity, and the per-agency unit filter.
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { AGENCIES } from '../../../../common/domain/unit';
import { offlineStyle } from '../map-style';
import { ALL_ENTRIES } from './model/layer-catalog';
import { isVisible, opacityOf, type LayerPrefs } from './model/layer-prefs';

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

const OPACITY_PROPS: Partial<Record<LayerSpecification['type'], PaintName[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
};

/** Each layer's own opacity from its spec: the operator's factor multiplies it. */
const BASE = new Map<string, { type: LayerSpecification['type']; paint: Record<string, unknown> }>(
  offlineStyle().layers.map((l) => [l.id, { type: l.type, paint: ((l as { paint?: Record<string, unknown> }).paint ?? {}) }]),
);

function scaled(base: unknown, factor: number): unknown {
  if (base === undefined) return factor;
  if (typeof base === 'number') return base * factor;
  return ['*', base, factor];
}

export function applyLayerPrefs(map: MapLibreMap, prefs: LayerPrefs): void {
  for (const entry of ALL_ENTRIES) {
    if (entry.agency || entry.htmlLabels) continue;
    const visible = isVisible(prefs, entry.id);
    const factor = opacityOf(prefs, entry.id);
    for (const id of entry.mapLayers) {
      const base = BASE.get(id);
      if (!base || !map.getLayer(id)) continue;
      map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
      for (const prop of OPACITY_PROPS[base.type] ?? []) map.setPaintProperty(id, prop, scaled(base.paint[prop], factor) as ExpressionSpecification | number);
    }
  }
  applyUnits(map, prefs);
  const container = map.getContainer();
  container.classList.toggle('hide-ward-labels', !isVisible(prefs, 'wardLabels'));
  container.style.setProperty('--ward-label-opacity', String(opacityOf(prefs, 'wardLabels')));
}

function applyUnits(map: MapLibreMap, prefs: LayerPrefs): void {
  if (!map.getLayer('units-circle')) return;
  const shown = AGENCIES.filter((a) => isVisible(prefs, `units.${a}`));
  map.setFilter('units-circle', ['in', ['get', 'agency'], ['literal', shown]]);
  const byAgency: unknown[] = ['match', ['get', 'agency']];
  for (const a of AGENCIES) byAgency.push(a, opacityOf(prefs, `units.${a}`));
  byAgency.push(1);
  const base = BASE.get('units-circle')!.paint;
  map.setPaintProperty('units-circle', 'circle-opacity', ['*', base['circle-opacity'] ?? 1, byAgency] as unknown as ExpressionSpecification);
  map.setPaintProperty('units-circle', 'circle-stroke-opacity', byAgency as ExpressionSpecification);
}
