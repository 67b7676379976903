import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Camera } from '../../../../common/domain/camera';
import type { Incident } from '../../../../common/domain/incident';
import type { Unit } from '../../../../common/domain/unit';
import { BEACON_HEIGHT_PX, CAMERA_MIN_ZOOM, markerModel } from './marker-model';

const origin = { lat: 21.0285, lon: 105.8542 };
const incident = (id: string, priority: number, status = 'new') => ({ id, priority, status, location: { lat: 21.0385, lon: 105.8542 } }) as unknown as Incident;
const unit = (id: string, status = 'en_route') => ({ id, status, agency: 'fire', headingDeg: 90, position: origin }) as unknown as Unit;
const camera = (id: string) => ({ id, status: 'offline', headingDeg: 0, location: origin }) as unknown as Camera;

test('open incidents become beacons, taller for higher priority; closed ones do not', () => {
  const m = markerModel({ origin, zoom: 13, incidents: [incident('A', 1), incident('B', 4), incident('C', 1, 'closed')], units: [], cameras: [] });
  assert.deepEqual(m.beacons.map((b) => b.id), ['A', 'B']);
  assert.ok(m.beacons[0].height > m.beacons[1].height);
  assert.ok(Math.abs(m.beacons[0].height / m.beacons[1].height - BEACON_HEIGHT_PX[1] / BEACON_HEIGHT_PX[4]) < 1e-9);
  // 0.01° north of the origin is about 1.1 km.
  assert.ok(Math.abs(m.beacons[0].north - 1113) < 5);
  assert.ok(Math.abs(m.beacons[0].east) < 1e-6);
});

test('markers keep their screen size: zooming in one level halves their size in metres', () => {
  const a = markerModel({ origin, zoom: 13, incidents: [incident('A', 2)], units: [unit('U')], cameras: [] });
  const b = markerModel({ origin, zoom: 14, incidents: [incident('A', 2)], units: [unit('U')], cameras: [] });
  assert.ok(Math.abs(a.beacons[0].height / b.beacons[0].height - 2) < 1e-9);
  assert.ok(Math.abs(a.units[0].size / b.units[0].size - 2) < 1e-9);
  assert.equal(a.units[0].headingDeg, 90);
});

test('units out of service are not drawn; cameras only at street zoom', () => {
  const far = markerModel({ origin, zoom: CAMERA_MIN_ZOOM - 1, incidents: [], units: [unit('U', 'out_of_service')], cameras: [camera('C')] });
  assert.equal(far.units.length, 0);
  assert.equal(far.cameras.length, 0);
  const near = markerModel({ origin, zoom: CAMERA_MIN_ZOOM, incidents: [], units: [], cameras: [camera('C')] });
  assert.equal(near.cameras.length, 1);
  assert.equal(near.cameras[0].color, '#ef4444');
});
