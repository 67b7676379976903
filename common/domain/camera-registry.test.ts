import assert from 'node:assert/strict';
import test from 'node:test';
import { formatFromFileName, validateNearestCamerasArgs, validateSearchCamerasArgs } from './camera-registry';

const field = (r: { ok: boolean; error?: { field?: string } }) => (r.ok ? 'ok' : r.error!.field);

test('searchCameras arguments are checked at the bridge, naming the field', () => {
  assert.equal(field(validateSearchCamerasArgs({ text: 'hoàn kiếm', pageSize: 20, kind: 'flood', status: 'offline' })), 'ok');
  assert.equal(field(validateSearchCamerasArgs({})), 'ok');
  assert.equal(field(validateSearchCamerasArgs({ text: 42 })), 'text');
  assert.equal(field(validateSearchCamerasArgs({ text: 'x'.repeat(201) })), 'text');
  assert.equal(field(validateSearchCamerasArgs({ kind: 'tank' })), 'kind');
  assert.equal(field(validateSearchCamerasArgs({ status: 'asleep' })), 'status');
  assert.equal(field(validateSearchCamerasArgs({ pageSize: 0 })), 'pageSize');
  assert.equal(field(validateSearchCamerasArgs({ pageSize: 2.5 })), 'pageSize');
  assert.equal(field(validateSearchCamerasArgs({ bbox: { minLat: 21, minLon: 105.8, maxLat: 20, maxLon: 105.9 } })), 'bbox.minLat');
  assert.equal(field(validateSearchCamerasArgs({ bbox: { minLat: 21, minLon: 'x', maxLat: 22, maxLon: 105.9 } })), 'bbox.minLon');
});

test('nearestCameras arguments are checked at the bridge, naming the field', () => {
  assert.equal(field(validateNearestCamerasArgs({ point: { lat: 21.03, lon: 105.85 }, k: 9, maxDistanceM: 500 })), 'ok');
  assert.equal(field(validateNearestCamerasArgs({ point: { lat: 91, lon: 105.85 }, k: 9 })), 'point');
  assert.equal(field(validateNearestCamerasArgs({ point: { lat: 21 }, k: 9 })), 'point');
  assert.equal(field(validateNearestCamerasArgs({ point: { lat: 21, lon: 105.8 }, k: 0 })), 'k');
  assert.equal(field(validateNearestCamerasArgs({ point: { lat: 21, lon: 105.8 }, k: 201 })), 'k');
  assert.equal(field(validateNearestCamerasArgs({ point: { lat: 21, lon: 105.8 }, k: 3, maxDistanceM: -1 })), 'maxDistanceM');
  assert.equal(field(validateNearestCamerasArgs({ point: { lat: 21, lon: 105.8 }, k: 3, kind: 'drone' })), 'kind');
});

test('the import format comes from the file name', () => {
  assert.equal(formatFromFileName('Cameras_2026.CSV'), 'csv');
  assert.equal(formatFromFileName('cams.geojson'), 'geojson');
  assert.equal(formatFromFileName('cams.json'), 'geojson');
  assert.equal(formatFromFileName('cams.xlsx'), undefined);
});
