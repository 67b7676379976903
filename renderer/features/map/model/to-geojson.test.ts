import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asFeatureCollection, cameraFeatures, incidentFeatures, unitFeatures } from './to-geojson';
import { camera, incident, unit } from '../../../state/test-fixtures';

test('incident features carry id, priority and status, lon first', () => {
  const fc = incidentFeatures([incident({ id: 'INC-7', priority: 1, status: 'dispatched', location: { lat: 21.1, lon: 105.9 } })]);
  assert.equal(fc.features.length, 1);
  const f = fc.features[0];
  assert.equal(f.id, 'INC-7');
  assert.deepEqual(f.geometry.coordinates, [105.9, 21.1]);
  assert.equal(f.properties.priority, 1);
  assert.equal(f.properties.status, 'dispatched');
  assert.equal(f.properties.id, 'INC-7');
});

test('unit and camera features carry what their layers colour by', () => {
  assert.equal(unitFeatures([unit({ agency: 'fire' })]).features[0].properties.agency, 'fire');
  assert.equal(cameraFeatures([camera({ status: 'offline' })]).features[0].properties.status, 'offline');
});

test('asFeatureCollection tolerates missing map context', () => {
  assert.deepEqual(asFeatureCollection(null).features, []);
  assert.deepEqual(asFeatureCollection({ type: 'Feature' }).features, []);
  assert.equal(asFeatureCollection({ type: 'FeatureCollection', features: [1] }).features.length, 1);
});
