import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sensor, WardFloodRisk } from '../../../../common/domain/sensor';
import { floodRiskFeatures, formatReading, peakHorizon, sensorFeatures, topFloodRisks } from './sensor-geojson';

const sensor = (p: Partial<Sensor>): Sensor => ({
  id: 'WL-1', name: 'Ngập phố A', kind: 'water_level', location: { lat: 21.02, lon: 105.84 }, ward: 'Cửa Nam', unit: 'cm', warn: 10, alarm: 30, intervalS: 30,
  status: 'online', lastValue: 24.46, lastReadingMs: 1, level: 'warn', recent: [], updatedMs: 1, version: 1, ...p,
});
const risk = (ward: string, probability: number, p: Partial<WardFloodRisk> = {}): WardFloodRisk => ({
  id: ward, ward, probability, risk: probability >= 0.8 ? 'severe' : probability >= 0.5 ? 'high' : 'low',
  horizons: [{ minutes: 30, levelCm: 20, probability: probability / 2 }, { minutes: 60, levelCm: 31, probability }, { minutes: 120, levelCm: 12, probability: 0 }],
  sensorId: 'WL-1', alarmCm: 30, currentCm: 18, model: 'ARX', holdoutRmseCm: 2, persistenceRmseCm: 4, issuedMs: 1, version: 1, ...p,
});

test('readings read the way an operator says them', () => {
  assert.equal(formatReading(sensor({})), '24.5 cm');
  assert.equal(formatReading(sensor({ kind: 'air_quality', lastValue: 131.6, unit: 'aqi' })), 'AQI 132');
  assert.equal(formatReading(sensor({ lastReadingMs: 0 })), '–');
});

test('sensor features carry what the layers colour by, and the name with the reading for the tooltip', () => {
  const fc = sensorFeatures([sensor({})]);
  assert.deepEqual(fc.features[0].geometry, { type: 'Point', coordinates: [105.84, 21.02] });
  assert.equal(fc.features[0].properties.name, 'Ngập phố A · 24.5 cm');
  assert.equal(fc.features[0].properties.level, 'warn');
});

test('only wards with a forecast are drawn in the flood choropleth, joined by name', () => {
  const areas = { type: 'FeatureCollection', features: ['Láng', 'Cửa Nam', 'Hoàn Kiếm'].map((name) => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { name } })) };
  const fc = floodRiskFeatures(areas, new Map([['Láng', risk('Láng', 0.9)], ['Cửa Nam', risk('Cửa Nam', 0.1)]]));
  assert.deepEqual(fc.features.map((f) => [f.properties.ward, f.properties.risk]), [['Láng', 'severe'], ['Cửa Nam', 'low']]);
  assert.equal(floodRiskFeatures(null, new Map()).features.length, 0);
});

test('the command view ranks wards by probability and names the horizon it peaks at', () => {
  const top = topFloodRisks([risk('A', 0.2), risk('B', 0.95), risk('C', 0.6), risk('D', 0, { risk: 'unknown' })], 2);
  assert.deepEqual(top.map((r) => r.ward), ['B', 'C']);
  assert.equal(peakHorizon(top[0])?.minutes, 60);
});
