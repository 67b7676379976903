import { it } from 'node:test';
import assert from 'node:assert/strict';
import { nearestCameras, validateWallRequest } from './wall-request';

const cam = (id: string, lat: number, lon: number) => ({ id, location: { lat, lon } });

it('picks the cameras within the radius, nearest first, at most the wall size', () => {
  const at = { lat: 21.0301, lon: 105.8405 };
  const cams = [cam('FAR', 21.04, 105.8405), cam('B', 21.0311, 105.8405), cam('A', 21.0302, 105.8405), cam('C', 21.0331, 105.8405)];
  assert.deepEqual(nearestCameras(cams, at, 500, 9).map((c) => c.id), ['A', 'B', 'C'], 'FAR is ~1.1 km away');
  assert.deepEqual(nearestCameras(cams, at, 500, 2).map((c) => c.id), ['A', 'B']);
  assert.deepEqual(nearestCameras(cams, at, 5, 9), []);
});

it('refuses a wall request without cameras or with a bad id, naming the field', () => {
  assert.deepEqual(validateWallRequest({ cameraIds: ['CAM-1', 'CAM-1'], incidentId: 'INC-000001' }), { ok: true, value: { cameraIds: ['CAM-1'], incidentId: 'INC-000001' } });
  const empty = validateWallRequest({ cameraIds: [] });
  assert.equal(empty.ok, false);
  assert.equal(!empty.ok && empty.error.field, 'cameraIds');
  const bad = validateWallRequest({ cameraIds: ['CAM-1', 'x y'] });
  assert.equal(!bad.ok && bad.error.field, 'cameraIds[1]');
});
