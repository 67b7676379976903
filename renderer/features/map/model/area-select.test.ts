import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectArea } from './area-select';
import { fovWedge } from './fov-wedge';
import { destination, metersPerPixel, offsetMetres, pointInRing } from './geo-math';

const HOAN_KIEM = { lat: 21.0285, lon: 105.8542 };
const box: [number, number][] = [
  [105.85, 21.02],
  [105.86, 21.02],
  [105.86, 21.03],
  [105.85, 21.03],
];

test('an area lists the open incidents, units and cameras inside it, not those outside or closed', () => {
  const sel = selectArea(box, {
    incidents: [
      { id: 'INC-1', location: HOAN_KIEM, type: 'fire', priority: 1, status: 'new' },
      { id: 'INC-2', location: HOAN_KIEM, type: 'fire', priority: 2, status: 'closed' },
      { id: 'INC-3', location: { lat: 21.1, lon: 105.9 }, type: 'flooding', priority: 3, status: 'new' },
    ],
    units: [{ id: 'U1', position: { lat: 21.025, lon: 105.855 }, callSign: 'CA-01' }],
    cameras: [
      { id: 'CAM-1', location: { lat: 21.029, lon: 105.851 }, name: 'Hồ Gươm' },
      { id: 'CAM-2', location: { lat: 21.04, lon: 105.851 }, name: 'Outside' },
    ],
  });
  assert.deepEqual(sel.counts, { incident: 1, unit: 1, camera: 1 });
  assert.deepEqual(sel.items.map((i) => i.id), ['INC-1', 'U1', 'CAM-1']);
});

test('a tilted (non-rectangular) area excludes points in its bounding box but outside the shape', () => {
  const triangle: [number, number][] = [
    [105.85, 21.02],
    [105.86, 21.02],
    [105.85, 21.03],
  ];
  const sel = selectArea(triangle, { incidents: [], units: [], cameras: [{ id: 'C', location: { lat: 21.029, lon: 105.859 }, name: 'corner' }] });
  assert.equal(sel.counts.camera, 0);
});

test('the item list is capped per kind but counts stay exact', () => {
  const cameras = Array.from({ length: 50 }, (_, i) => ({ id: `C${i}`, location: HOAN_KIEM, name: `c${i}` }));
  const sel = selectArea(box, { incidents: [], units: [], cameras }, 10);
  assert.equal(sel.counts.camera, 50);
  assert.equal(sel.items.length, 10);
});

test('a field-of-view wedge opens around the heading and reaches its range', () => {
  const wedge = fovWedge({ id: 'C', status: 'online', location: HOAN_KIEM, headingDeg: 90, fovDeg: 60 }, 100);
  assert.ok(wedge);
  const ring = wedge.geometry.coordinates[0];
  assert.deepEqual(ring[0], ring[ring.length - 1]);
  // Due east of the camera, 50 m out, is inside; due north is not.
  assert.ok(pointInRing(ring as [number, number][], destination(HOAN_KIEM, 90, 50)));
  assert.ok(!pointInRing(ring as [number, number][], destination(HOAN_KIEM, 0, 50)));
  const far = offsetMetres(HOAN_KIEM, { lon: ring[6][0], lat: ring[6][1] });
  assert.ok(Math.abs(Math.hypot(far.east, far.north) - 100) < 1);
  assert.equal(fovWedge({ id: 'X', status: 'online', location: HOAN_KIEM, headingDeg: 0, fovDeg: 0 }), null);
});

test('metres per pixel halve with each zoom level', () => {
  const z12 = metersPerPixel(21, 12);
  assert.ok(Math.abs(z12 / metersPerPixel(21, 13) - 2) < 1e-9);
  assert.ok(z12 > 17 && z12 < 19);
});
