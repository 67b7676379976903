import { it } from 'node:test';
import assert from 'node:assert/strict';
import { deltaForRole } from './role-filter';

it('sends each window role only the kinds of change it draws', () => {
  const delta = { units: [{ id: 'U' }], alerts: [{ id: 'A' }], detections: [{ cameraId: 'C' }] } as never;
  assert.deepEqual(Object.keys(deltaForRole('alerts', delta)!), ['alerts']);
  assert.deepEqual(Object.keys(deltaForRole('wall', delta)!), ['detections']);
  assert.deepEqual(Object.keys(deltaForRole('map', delta)!).sort(), ['alerts', 'units']);
  assert.equal(deltaForRole('incidents', { alerts: [{ id: 'A' }] } as never), null);
});
