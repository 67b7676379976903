import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Alert } from '../../../../common/domain/alert';
import type { Camera } from '../../../../common/domain/camera';
import { LAYOUT_TILES, SALVO_LAYOUTS } from '../../../../common/video/salvo';
import { cameraAlarms } from './alarms';
import { searchCameras } from './camera-search';
import { WALL_LAYOUTS, wallLayout } from './layouts';
import { defaultSlots, followSlots, placeCamera, resizeSlots, slotsFromSalvo, tileForCamera } from './wall-slots';

const cam = (id: string, name = id, ward = 'Hoàn Kiếm'): Camera => ({
  id, name, location: { lat: 21, lon: 105.8 }, ward, status: 'online', streamUrl: 'lavfi:testsrc2', headingDeg: 0, fovDeg: 70, updatedMs: 0, version: 1, lastDetectionMs: 0, lastCounts: {},
});
const cams = ['CAM-3', 'CAM-1', 'CAM-2', 'CAM-5', 'CAM-4'].map((id) => cam(id));

test('dropping a camera on a tile replaces it; a camera shown elsewhere swaps places', () => {
  const slots = defaultSlots(cams, 4);
  assert.deepEqual(slots, ['CAM-1', 'CAM-2', 'CAM-3', 'CAM-4']);
  assert.deepEqual(placeCamera(slots, 1, 'CAM-5'), ['CAM-1', 'CAM-5', 'CAM-3', 'CAM-4']);
  assert.deepEqual(placeCamera(slots, 0, 'CAM-3'), ['CAM-3', 'CAM-2', 'CAM-1', 'CAM-4']);
  assert.equal(placeCamera(slots, 9, 'CAM-5'), slots);
});

test('a layout change keeps the tiles that fit and fills new ones with cameras not yet shown', () => {
  const arranged = placeCamera(defaultSlots(cams, 4), 0, 'CAM-5');
  assert.deepEqual(resizeSlots(arranged, 1, cams), ['CAM-5']);
  assert.deepEqual(resizeSlots(['CAM-5'], 4, cams), ['CAM-5', 'CAM-1', 'CAM-2', 'CAM-3']);
  assert.deepEqual(resizeSlots(['CAM-5'], 7, cams), ['CAM-5', 'CAM-1', 'CAM-2', 'CAM-3', 'CAM-4', null, null]);
});

test('show on wall uses the camera\'s tile, else the first empty one, else the first', () => {
  assert.equal(tileForCamera(['CAM-1', 'CAM-2'], 'CAM-2'), 1);
  assert.equal(tileForCamera(['CAM-1', null, null], 'CAM-9'), 1);
  assert.equal(tileForCamera(['CAM-1', 'CAM-2'], 'CAM-9'), 0);
  assert.deepEqual(slotsFromSalvo({ cameras: ['CAM-1', null] }, 4), ['CAM-1', null, null, null]);
  assert.deepEqual(followSlots(['CAM-4', 'CAM-2'], 4), ['CAM-4', 'CAM-2', null, null]);
});

test('salvo layouts are exactly the wall layouts, with the same tile counts', () => {
  assert.deepEqual([...SALVO_LAYOUTS], [...WALL_LAYOUTS]);
  for (const id of WALL_LAYOUTS) assert.equal(wallLayout(id).cells.length, LAYOUT_TILES[id], id);
});

test('camera search matches id, name and ward without diacritics, best match first', () => {
  const list = [cam('CAM-0001', 'Ngã tư Điện Biên Phủ – Trần Phú', 'Ba Đình'), cam('CAM-0002', 'Hồ Gươm – Đinh Tiên Hoàng'), cam('CAM-0010', 'Ô Chợ Dừa', 'Đống Đa')];
  assert.deepEqual(searchCameras(list, 'ho guom').map((c) => c.id), ['CAM-0002']);
  assert.deepEqual(searchCameras(list, 'dong da').map((c) => c.id), ['CAM-0010']);
  assert.deepEqual(searchCameras(list, 'DIEN BIEN').map((c) => c.id), ['CAM-0001']);
  assert.deepEqual(searchCameras(list, 'cam-0001').map((c) => c.id), ['CAM-0001']);
  assert.deepEqual(searchCameras(list, 'cam-00').map((c) => c.id), ['CAM-0001', 'CAM-0002', 'CAM-0010']);
  assert.deepEqual(searchCameras(list, 'không có').length, 0);
  assert.equal(searchCameras(list, '', 2).length, 2);
});

test('a tile flashes for a fresh open alert on its camera or an alarm-kind detection, not for traffic counts', () => {
  const now = 1_000_000;
  const alert = (id: string, assetId: string, lastSeenMs: number, status: Alert['status'] = 'new') =>
    ({ id, assetId, assetKind: 'camera', status, lastSeenMs }) as Alert;
  const alarms = cameraAlarms(
    [alert('A-1', 'CAM-1', now - 5000), alert('A-2', 'CAM-2', now - 60_000), alert('A-3', 'CAM-3', now - 1000, 'closed')],
    [
      { cameraId: 'CAM-4', frameMs: now - 2000, detections: [{ cls: 'car', confidence: 0.9, box: { x: 0, y: 0, w: 0.1, h: 0.1 } }, { cls: 'fire', confidence: 0.8, box: { x: 0, y: 0, w: 0.1, h: 0.1 } }] },
      { cameraId: 'CAM-5', frameMs: now - 2000, detections: [{ cls: 'car', confidence: 0.9, box: { x: 0, y: 0, w: 0.1, h: 0.1 } }] },
    ],
    now,
  );
  assert.deepEqual([...alarms.keys()].sort(), ['CAM-1', 'CAM-4']);
  assert.deepEqual(alarms.get('CAM-4'), { reason: 'fire', kind: 'detection', atMs: now - 2000 });
});
