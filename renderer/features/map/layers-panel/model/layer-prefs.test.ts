import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyPrefs, isVisible, opacityOf, parsePrefs, prefsStorageKey, withOpacity, withVisible } from './layer-prefs';
import { ALL_ENTRIES, LAYER_CATALOG } from './layer-catalog';
import { emptyState } from '../../../../state/console-state';
import { unit } from '../../../../state/test-fixtures';

test('layers are visible at full opacity until the operator changes them', () => {
  const p = emptyPrefs();
  assert.equal(isVisible(p, 'wards'), true);
  assert.equal(opacityOf(p, 'wards'), 1);
  const q = withOpacity(withVisible(p, 'wards', false), 'roads', 1.7);
  assert.equal(isVisible(q, 'wards'), false);
  assert.equal(opacityOf(q, 'roads'), 1);
  assert.equal(opacityOf(withOpacity(p, 'roads', -2), 'roads'), 0);
});

test('stored prefs are kept per operator and read defensively', () => {
  assert.equal(prefsStorageKey('lan.nguyen'), 'watchfloor.map.layers.lan.nguyen');
  assert.equal(prefsStorageKey(undefined), 'watchfloor.map.layers.default');
  const p = parsePrefs(JSON.stringify({ visible: { wards: false, bogus: false, roads: 'no' }, opacity: { roads: 0.4, cameras: 9 } }), ['wards', 'roads', 'cameras']);
  assert.deepEqual(p, { visible: { wards: false }, opacity: { roads: 0.4, cameras: 1 } });
  assert.deepEqual(parsePrefs('{not json', ['wards']), emptyPrefs());
});

test('the catalogue groups the plan layers and counts only what has data', () => {
  assert.deepEqual(LAYER_CATALOG.map((g) => g.id), ['administrative', 'security', 'traffic', 'water', 'environment', 'publicServices', 'transport', 'units']);
  assert.equal(new Set(ALL_ENTRIES.map((e) => e.id)).size, ALL_ENTRIES.length);
  const s = { ...emptyState(), units: new Map([['U1', unit({ id: 'U1', agency: 'fire' })]]) };
  const byId = Object.fromEntries(ALL_ENTRIES.map((e) => [e.id, e.count(s)]));
  assert.equal(byId['units.fire'], 1);
  assert.equal(byId['units.police'], 0, 'a live layer with nothing in it counts 0');
  assert.equal(byId.busStops, null, 'no bus stops imported: no data, not zero');
  const withStops = { ...s, mapContext: { wards: [], wardAreas: null, roads: null, water: null, points: { busStops: { type: 'FeatureCollection', features: [{}, {}] } } } };
  assert.equal(ALL_ENTRIES.find((e) => e.id === 'busStops')!.count(withStops), 2);
});
