// Keeps the sensor and flood-risk sources in step with the store, and puts each gauge's latest
// value beside it as an HTML label at street zoom (the offline style has no glyphs).
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Sensor } from '../../../../common/domain/sensor';
import { useConsole } from '../../../app/store';
import { AIR_SENSORS_LAYER_ID, FLOOD_RISK_SOURCE, PUMPS_LAYER_ID, RAIN_LAYER_ID, SENSORS_SOURCE, WATER_LEVEL_LAYER_ID } from '../layers/sensor-layers';
import { floodRiskFeatures, formatReading, sensorFeatures } from '../model/sensor-geojson';
import './sensor-labels.css';

export const SENSOR_LABEL_MIN_ZOOM = 13;
const LABEL_LAYER: Record<Sensor['kind'], string> = { water_level: WATER_LEVEL_LAYER_ID, rain: RAIN_LAYER_ID, pump: PUMPS_LAYER_ID, air_quality: AIR_SENSORS_LAYER_ID };

export function useSensorSources(map: maplibregl.Map | null): void {
  const sensors = useConsole((s) => s.sensors);
  const risks = useConsole((s) => s.floodRisks);
  const wardAreas = useConsole((s) => s.mapContext?.wardAreas);
  const labels = useRef(new Map<string, { marker: maplibregl.Marker; el: HTMLDivElement }>());

  useEffect(() => {
    map?.getSource<GeoJSONSource>(SENSORS_SOURCE)?.setData(sensorFeatures(sensors.values()) as never);
  }, [map, sensors]);

  useEffect(() => {
    map?.getSource<GeoJSONSource>(FLOOD_RISK_SOURCE)?.setData(floodRiskFeatures(wardAreas, risks) as never);
  }, [map, risks, wardAreas]);

  useEffect(() => {
    if (!map) return;
    const held = labels.current;
    for (const s of sensors.values()) {
      let label = held.get(s.id);
      if (!label) {
        const el = document.createElement('div');
        el.className = 'sensor-value-label';
        el.dataset.kind = s.kind;
        label = { el, marker: new maplibregl.Marker({ element: el, anchor: 'left', offset: [10, 0] }).setLngLat([s.location.lon, s.location.lat]).addTo(map) };
        held.set(s.id, label);
      }
      label.el.textContent = formatReading(s);
      label.el.dataset.level = s.status === 'online' ? s.level : 'silent';
    }
  }, [map, sensors]);

  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const update = () => {
      container.classList.toggle('show-sensor-labels', map.getZoom() >= SENSOR_LABEL_MIN_ZOOM);
      for (const [kind, layer] of Object.entries(LABEL_LAYER)) {
        const hidden = !map.getLayer(layer) || map.getLayoutProperty(layer, 'visibility') === 'none';
        container.classList.toggle(`hide-sensor-labels-${kind}`, hidden);
      }
    };
    update();
    map.on('zoomend', update);
    map.on('styledata', update);
    const held = labels.current;
    return () => {
      map.off('zoomend', update);
      map.off('styledata', update);
      for (const l of held.values()) l.marker.remove();
      held.clear();
    };
  }, [map]);
}
