import assert from 'node:assert/strict';
import test from 'node:test';
import type { Camera } from '../../common/domain/camera';
import { LiveState } from './live-state';

const cam = (i: number, over: Partial<Camera> = {}): Camera => ({
  id: `CAM-${i}`, name: `Camera ${i}`, location: { lat: 21, lon: 105.8 }, ward: 'Hoàn Kiếm', status: 'online',
  streamUrl: 'rtsp://h/x', headingDeg: 0, fovDeg: 60, updatedMs: 1000 + i, version: 1, lastDetectionMs: 0, lastCounts: {}, ...over,
});

test('the camera working set stays bounded: quiet online cameras leave first, troubled and pinned ones stay', () => {
  const s = new LiveState();
  s.cameraLimit = 10;
  s.pinnedCameras.add('CAM-0');
  s.apply({ cameras: [cam(0), cam(1, { status: 'offline' }), cam(2, { status: 'degraded' })] });
  s.apply({ cameras: Array.from({ length: 20 }, (_, i) => cam(100 + i)) });
  assert.equal(s.cameras.size, 10);
  assert.ok(s.cameras.has('CAM-0'), 'a pinned camera (on a wall, selected) stays');
  assert.ok(s.cameras.has('CAM-1') && s.cameras.has('CAM-2'), 'offline and degraded cameras stay');
  assert.ok(s.cameras.has('CAM-119') && !s.cameras.has('CAM-100'), 'the most recently changed online cameras stay');
  assert.equal(s.snapshot().cameras.length, 10, 'a window snapshot carries the working set, not the registry');
});
