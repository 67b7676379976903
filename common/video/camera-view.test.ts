import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Camera } from '../domain/camera';
import { angleBetweenDeg, bearingDeg, camerasSeeing } from './camera-view';

const scene = { lat: 21.03, lon: 105.85 };
// ~0.0009° of latitude is ~100 m.
function cam(id: string, dLat: number, dLon: number, headingDeg: number, extra: Partial<Camera> = {}): Camera {
  return {
    id, name: id, location: { lat: scene.lat + dLat, lon: scene.lon + dLon }, ward: 'Hoàn Kiếm', status: 'online', streamUrl: 'lavfi:testsrc2',
    headingDeg, fovDeg: 60, updatedMs: 0, version: 1, lastDetectionMs: 0, lastCounts: {}, ...extra,
  };
}

test('bearings: north is 0, east is 90, and angles wrap around north', () => {
  assert.ok(Math.abs(bearingDeg({ lat: 21, lon: 105 }, { lat: 21.01, lon: 105 })) < 0.01);
  assert.ok(Math.abs(bearingDeg({ lat: 21, lon: 105 }, { lat: 21, lon: 105.01 }) - 90) < 0.1);
  assert.equal(angleBetweenDeg(350, 10), 20);
  assert.equal(angleBetweenDeg(10, 350), 20);
  assert.equal(angleBetweenDeg(0, 180), 180);
});

test('a camera sees the scene only when the scene is inside its field of view', () => {
  // South of the scene: looking north (0°) sees it, looking east (90°) does not.
  const looking = cam('CAM-N', -0.0009, 0, 0);
  const away = cam('CAM-E', -0.0009, 0, 90);
  const edge = cam('CAM-EDGE', -0.0009, 0, 29); // fov 60: ±30°
  const beyond = cam('CAM-EDGE2', -0.0009, 0, 31);
  const ids = camerasSeeing(scene, [looking, away, edge, beyond], 9).map((s) => s.camera.id);
  assert.deepEqual(ids.sort(), ['CAM-EDGE', 'CAM-N']);
});

test('cameras are ranked by distance, out of range and offline ones are left out', () => {
  const near = cam('CAM-NEAR', 0, -0.0005, 90); // west, looking east, ~52 m
  const mid = cam('CAM-MID', 0.0018, 0, 180); // north, looking south, ~200 m
  const far = cam('CAM-FAR', 0, 0.006, 270); // east, looking west, ~620 m: beyond 400 m
  const dark = cam('CAM-DARK', -0.0002, 0, 0, { status: 'offline' });
  const seen = camerasSeeing(scene, [far, mid, dark, near], 9);
  assert.deepEqual(seen.map((s) => s.camera.id), ['CAM-NEAR', 'CAM-MID']);
  assert.ok(seen[0].distanceM < seen[1].distanceM);
  assert.deepEqual(camerasSeeing(scene, [far, near], 9, { rangeM: 1000 }).map((s) => s.camera.id), ['CAM-NEAR', 'CAM-FAR']);
  assert.deepEqual(camerasSeeing(scene, [dark], 9, { includeOffline: true }).map((s) => s.camera.id), ['CAM-DARK']);
  assert.equal(camerasSeeing(scene, [near, mid], 1).length, 1);
});

test('a camera at the scene sees it whatever its heading', () => {
  assert.equal(camerasSeeing(scene, [cam('CAM-AT', 0.00005, 0, 0)], 4).length, 1);
});
