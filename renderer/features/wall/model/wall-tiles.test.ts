import { test } from 'node:test';
import assert from 'node:assert/strict';
import { camera } from '../../../state/test-fixtures';
import { tileDetections, wallCameras } from './wall-tiles';

const box = { x: 0, y: 0, w: 1, h: 1 };

test('wallCameras takes the first nine by id', () => {
  const cams = Array.from({ length: 12 }, (_, i) => camera({ id: `CAM-${String(12 - i).padStart(2, '0')}` }));
  assert.deepEqual(wallCameras(cams).map((c) => c.id), ['CAM-01', 'CAM-02', 'CAM-03', 'CAM-04', 'CAM-05', 'CAM-06', 'CAM-07', 'CAM-08', 'CAM-09']);
});

test('tileDetections counts the live batch by class, largest first', () => {
  const batch = { cameraId: 'CAM-1', frameMs: 50, detections: [{ cls: 'car', confidence: 0.9, box }, { cls: 'motorbike', confidence: 0.8, box }, { cls: 'motorbike', confidence: 0.7, box }] };
  assert.deepEqual(tileDetections(camera({ lastDetectionMs: 10, lastCounts: { bus: 4 } }), batch), { counts: [['motorbike', 2], ['car', 1]], atMs: 50 });
});

test('tileDetections falls back to the camera record, or nothing', () => {
  assert.deepEqual(tileDetections(camera({ lastDetectionMs: 10, lastCounts: { bus: 4, car: 0 } }), undefined), { counts: [['bus', 4]], atMs: 10 });
  assert.deepEqual(tileDetections(camera(), undefined), { counts: [], atMs: null });
});
