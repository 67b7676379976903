import { it } from 'node:test';
import assert from 'node:assert/strict';
import { deltaForRole, mapContextForRole } from './role-filter';

it('sends each window role only the kinds of change it draws', () => {
  const delta = { units: [{ id: 'U' }], alerts: [{ id: 'A' }], detections: [{ cameraId: 'C' }] } as never;
  assert.deepEqual(Object.keys(deltaForRole('alerts', delta)!), ['alerts']);
  assert.deepEqual(Object.keys(deltaForRole('wall', delta)!), ['detections']);
  const cameraAlert = { alerts: [{ id: 'A1', assetKind: 'camera' }, { id: 'A2', assetKind: 'server' }] } as never;
  assert.deepEqual(deltaForRole('wall', cameraAlert), { alerts: [{ id: 'A1', assetKind: 'camera' }] });
  assert.deepEqual(Object.keys(deltaForRole('map', delta)!).sort(), ['alerts', 'units']);
  assert.equal(deltaForRole('incidents', { alerts: [{ id: 'A' }] } as never), null);
});

it('gives only the map window the ward polygons, roads and water', () => {
  const ctx = { wards: [{ name: 'Hoàn Kiếm', center: { lat: 21.03, lon: 105.85 } }], wardAreas: { type: 'FeatureCollection', features: [{ id: 1 }] }, roads: { big: true }, water: { big: true }, operator: 'op' };
  assert.equal(mapContextForRole('map', ctx as never), ctx);
  const slim = mapContextForRole('incidents', ctx as never);
  assert.deepEqual(slim.wards, ctx.wards);
  assert.equal(slim.operator, 'op');
  assert.deepEqual(slim.wardAreas, { type: 'FeatureCollection', features: [] });
});
