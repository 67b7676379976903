import { test } from 'node:test';
import assert from 'node:assert/strict';
import { camera } from '../../../state/test-fixtures';
import { registryViewBox, withViewCameras } from './view-cameras';

test('the registry is asked for the box in view only at street zoom', () => {
  assert.equal(registryViewBox(14.9, 105.84, 21.02, 105.86, 21.03), null);
  assert.deepEqual(registryViewBox(15, 105.84, 21.02, 105.86, 21.03), { minLat: 21.02, maxLat: 21.03, minLon: 105.84, maxLon: 105.86 });
  // A view past the antimeridian or the poles is clamped to a valid box.
  assert.deepEqual(registryViewBox(16, 179.9, 89.99, 180.2, 90.3), { minLat: 89.99, maxLat: 90, minLon: 179.9, maxLon: 180 });
});

test('held cameras win over the registry copy; registry cameras the console does not hold are added once', () => {
  const held = new Map([['CAM-1', camera({ id: 'CAM-1', status: 'offline' })]]);
  const drawn = withViewCameras(held, [camera({ id: 'CAM-1', status: 'online' }), camera({ id: 'CAM-2' }), camera({ id: 'CAM-3' })]);
  assert.deepEqual(drawn.map((c) => [c.id, c.status]), [['CAM-1', 'offline'], ['CAM-2', drawn[1].status], ['CAM-3', drawn[2].status]]);
});
