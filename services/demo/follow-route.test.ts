import { it } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMeters } from '../../common/domain/geo';
import { stepAlongRoute } from './follow-route';

it('drives along the route, turning at its corners, and stops at its end', () => {
  const route = [{ lat: 21.0, lon: 105.8 }, { lat: 21.0, lon: 105.81 }, { lat: 21.01, lon: 105.81 }];
  const leg1 = distanceMeters(route[0], route[1]);
  const east = stepAlongRoute(route, 500);
  assert.ok(Math.abs(distanceMeters(route[0], east.position) - 500) < 1);
  assert.equal(Math.round(east.headingDeg), 90);
  const north = stepAlongRoute(route, leg1 + 300);
  assert.ok(Math.abs(distanceMeters(route[1], north.position) - 300) < 1);
  assert.equal(Math.round(north.headingDeg), 0);
  assert.deepEqual(stepAlongRoute(route, 1e6).position, route[2]);
});
