import { test } from 'node:test';
import assert from 'node:assert/strict';
import { incident } from '../../../state/test-fixtures';
import { openCountsByWard, openIncidentsInWard, wardFeatures } from './ward-incidents';

const square = { type: 'Polygon', coordinates: [[[105.84, 21.02], [105.86, 21.02], [105.86, 21.04], [105.84, 21.04], [105.84, 21.02]]] };
const inside = incident({ id: 'A', priority: 2, status: 'new', location: { lat: 21.03, lon: 105.85 }, ward: 'Elsewhere' });
const insideP1 = incident({ id: 'B', priority: 1, status: 'dispatched', location: { lat: 21.031, lon: 105.851 } });
const closed = incident({ id: 'C', status: 'closed', location: { lat: 21.03, lon: 105.85 } });
const outside = incident({ id: 'D', status: 'new', location: { lat: 21.1, lon: 105.9 }, ward: 'Hoàn Kiếm' });

test('open incidents in a ward polygon, most urgent first; closed ones and outsiders are left out', () => {
  const f = { id: 7, properties: { name: 'Hoàn Kiếm' }, geometry: square };
  assert.deepEqual(openIncidentsInWard([inside, insideP1, closed, outside], 'Hoàn Kiếm', f).map((i) => i.id), ['B', 'A']);
});

test('without a polygon the ward name on the incident decides (diacritics folded)', () => {
  assert.deepEqual(openIncidentsInWard([inside, outside], 'hoan kiem', undefined).map((i) => i.id), ['D']);
});

test('openCountsByWard counts per feature id', () => {
  const features = wardFeatures({ type: 'FeatureCollection', features: [{ id: 7, geometry: square }, { id: 8, geometry: { ...square, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }] });
  assert.deepEqual([...openCountsByWard(features, [inside, insideP1, closed, outside])], [[7, 2]]);
  assert.deepEqual(wardFeatures(null), []);
});
