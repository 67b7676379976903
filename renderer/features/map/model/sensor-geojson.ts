// Sensors and ward flood risks as GeoJSON for the map (pure, testable without a DOM).
import type { Sensor, WardFloodRisk } from '../../../../common/domain/sensor';

type Feature = { type: 'Feature'; id?: number; geometry: unknown; properties: Record<string, unknown> };

/** "24.5 cm", "85 mm/h", "AQI 132", "1 500 m³/h" — the latest value as the map shows it. */
export function formatReading(s: Pick<Sensor, 'kind' | 'lastValue' | 'unit' | 'lastReadingMs'>): string {
  if (!s.lastReadingMs) return '–';
  const v = Math.round(s.lastValue * 10) / 10;
  if (s.kind === 'air_quality') return `AQI ${Math.round(v)}`;
  if (s.kind === 'pump') return `${Math.round(v).toLocaleString('vi-VN')} m³/h`;
  return `${v} ${s.unit}`;
}

export function sensorFeatures(sensors: Iterable<Sensor>): { type: 'FeatureCollection'; features: Feature[] } {
  const features: Feature[] = [];
  for (const s of sensors) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [s.location.lon, s.location.lat] },
      properties: {
        id: s.id,
        // The hover tooltip shows name and reading together.
        name: `${s.name} · ${formatReading(s)}`,
        kind: s.kind,
        level: s.level,
        status: s.status,
        value: s.lastValue,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Ward polygons (from the map context) that have a flood forecast, with its risk and probability. */
export function floodRiskFeatures(wardAreas: unknown, risks: ReadonlyMap<string, WardFloodRisk>): { type: 'FeatureCollection'; features: Feature[] } {
  const areas = (wardAreas as { features?: Feature[] } | null | undefined)?.features ?? [];
  const features: Feature[] = [];
  for (const f of areas) {
    const name = f.properties?.name;
    const risk = typeof name === 'string' ? risks.get(name) : undefined;
    if (!risk) continue;
    features.push({ type: 'Feature', geometry: f.geometry, properties: { name: `${name} · ${Math.round(risk.probability * 100)}%`, ward: name, risk: risk.risk, probability: risk.probability } });
  }
  return { type: 'FeatureCollection', features };
}

/** Wards most at risk first (highest probability, then the highest water now). */
export function topFloodRisks(risks: Iterable<WardFloodRisk>, n: number): WardFloodRisk[] {
  return [...risks]
    .filter((r) => r.risk !== 'unknown')
    .sort((a, b) => b.probability - a.probability || b.currentCm / (b.alarmCm || 1) - a.currentCm / (a.alarmCm || 1))
    .slice(0, n);
}

/** The horizon at which the exceedance probability peaks (what "at risk within" means). */
export function peakHorizon(r: WardFloodRisk): { minutes: number; levelCm: number; probability: number } | undefined {
  return r.horizons.reduce<WardFloodRisk['horizons'][number] | undefined>((best, h) => (!best || h.probability > best.probability ? h : best), undefined);
}
