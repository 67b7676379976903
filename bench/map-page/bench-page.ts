// The map bench page: the product's offline style plus 407k generated points, drawn either with level
// of detail (clustered cameras and sensors, unit moves as updateData diffs) or as bare circle layers.
import * as maplibregl from 'maplibre-gl';
import type { CircleLayerSpecification, GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { clusteredSource, densePointLayers, type CircleColor } from '../../renderer/features/map/layers/dense-points-layers';
import { offlineStyle } from '../../renderer/features/map/map-style';
import { CAMERA_COLORS } from '../../renderer/features/map/model/colors';
import { INCIDENTS_SOURCE, ROADS_SOURCE, UNITS_SOURCE, WARD_AREAS_SOURCE } from '../../renderer/features/map/sources';

maplibregl.setWorkerUrl(workerUrl);

type Pt = [number, number, number];
interface BenchData { cameras: Pt[]; sensors: Pt[]; units: Pt[]; incidents: Pt[]; wards: unknown; roads: unknown }
const STATUS = ['online', 'degraded', 'offline'];
const SENSOR_KINDS = ['water_level', 'rain', 'air'];
const AGENCIES = ['police', 'fire', 'ambulance', 'drainage', 'environment'];

const fc = (pts: Pt[], props: (p: Pt, i: number) => Record<string, unknown>, prefix: string) => ({
  type: 'FeatureCollection' as const,
  features: pts.map((p, i) => ({ type: 'Feature' as const, properties: { id: `${prefix}${i}`, ...props(p, i) }, geometry: { type: 'Point' as const, coordinates: [p[0], p[1]] } })),
});

const percentile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

function plainLayer(id: string, source: string, color: CircleColor): CircleLayerSpecification {
  return { id, type: 'circle', source, paint: { 'circle-color': color, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2, 14, 4], 'circle-stroke-color': '#0b1220', 'circle-stroke-width': 0.5 } };
}

async function run(): Promise<Record<string, unknown>> {
  const mode = new URLSearchParams(location.search).get('mode') === 'ref' ? 'ref' : 'lod';
  const data = (await (await fetch('./data/bench-data.json')).json()) as BenchData;
  const cameras = fc(data.cameras, (p) => ({ status: STATUS[p[2]] }), 'C');
  const sensors = fc(data.sensors, (p) => ({ kind: SENSOR_KINDS[p[2]] }), 'S');
  const units = fc(data.units, (p) => ({ agency: AGENCIES[p[2]], status: 'available', callSign: '' }), 'U');
  const incidents = fc(data.incidents, (p) => ({ priority: p[2] + 1, status: 'new' }), 'I');

  const started = performance.now();
  const style = offlineStyle();
  (style.sources[WARD_AREAS_SOURCE] as { data: unknown }).data = data.wards;
  (style.sources[ROADS_SOURCE] as { data: unknown }).data = data.roads;
  (style.sources[UNITS_SOURCE] as { data: unknown }).data = units;
  (style.sources[INCIDENTS_SOURCE] as { data: unknown }).data = incidents;
  const cameraColor: CircleLayerSpecification['paint'] = { 'circle-color': ['match', ['get', 'status'], 'offline', CAMERA_COLORS.offline, 'degraded', CAMERA_COLORS.degraded, CAMERA_COLORS.online] };
  const sensorColor = '#22d3ee';
  if (mode === 'lod') {
    style.sources['bench-cameras'] = clusteredSource(cameras);
    style.sources['bench-sensors'] = clusteredSource(sensors);
    style.layers.push(...densePointLayers('bench-cameras', 'bench-cameras', cameraColor['circle-color']), ...densePointLayers('bench-sensors', 'bench-sensors', sensorColor));
  } else {
    style.sources['bench-cameras'] = { type: 'geojson', data: cameras, promoteId: 'id' };
    style.sources['bench-sensors'] = { type: 'geojson', data: sensors, promoteId: 'id' };
    style.layers.push(plainLayer('bench-cameras', 'bench-cameras', cameraColor['circle-color']), plainLayer('bench-sensors', 'bench-sensors', sensorColor));
  }
  // Keep the product's live layers (units, incidents) on top, as in the console.
  const top = style.layers.filter((l) => ['units-circle', 'incidents-selected', 'incidents-circle'].includes(l.id));
  style.layers = [...style.layers.filter((l) => !top.includes(l)), ...top];

  const map = new maplibregl.Map({ container: 'map', style, center: [105.85, 21.03], zoom: 10, attributionControl: false, canvasContextAttributes: { antialias: false } });
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  const firstRenderMs = performance.now() - started;

  const frames: number[] = [];
  let last = 0;
  let recording = true;
  const tick = (t: number) => {
    if (last) frames.push(t - last);
    last = t;
    if (recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  // Units move at 1 Hz: a diff of moved positions (LOD) or a whole new collection (reference).
  const updates: number[] = [];
  const positions = data.units.map((p) => [p[0], p[1]]);
  const timer = setInterval(() => {
    const t0 = performance.now();
    for (const p of positions) {
      p[0] += (Math.random() - 0.5) * 0.002;
      p[1] += (Math.random() - 0.5) * 0.002;
    }
    const source = map.getSource<GeoJSONSource>(UNITS_SOURCE)!;
    if (mode === 'lod') {
      source.updateData({ update: positions.map((p, i) => ({ id: `U${i}`, newGeometry: { type: 'Point', coordinates: [p[0], p[1]] } })) });
    } else {
      source.setData({ ...units, features: units.features.map((f, i) => ({ ...f, geometry: { type: 'Point', coordinates: [positions[i][0], positions[i][1]] } })) });
    }
    updates.push(performance.now() - t0);
  }, 1000);

  const step = (fn: () => void) => new Promise<void>((resolve) => {
    map.once('moveend', () => resolve());
    fn();
  });
  // Twice over, so the slow reference still yields enough frames for a p95.
  for (let round = 0; round < 2; round++) {
    await step(() => map.easeTo({ zoom: 12, duration: 2000 }));
    await step(() => map.panBy([400, 200], { duration: 1500 }));
    await step(() => map.easeTo({ zoom: 14, pitch: 45, bearing: 30, duration: 2000 }));
    await step(() => map.panBy([-300, 300], { duration: 1500 }));
    await step(() => map.easeTo({ zoom: 10, pitch: 0, bearing: 0, duration: 2000 }));
  }
  recording = false;
  clearInterval(timer);

  return {
    mode,
    points: data.cameras.length + data.sensors.length + data.units.length + data.incidents.length,
    first_render_ms: Math.round(firstRenderMs),
    frames: frames.length,
    frame_p50_ms: Number(percentile(frames, 0.5).toFixed(1)),
    frame_p95_ms: Number(percentile(frames, 0.95).toFixed(1)),
    update_ms_p95: Number(percentile(updates, 0.95).toFixed(2)),
    updates: updates.length,
  };
}

(window as unknown as { __bench: { run: typeof run } }).__bench = { run };
