import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alert, camera, engineStatus, incident, snapshot, unit } from '../../../state/test-fixtures';
import { computeKpis, enginesDown } from './kpis';

test('open incidents are counted by priority; resolved, closed and cancelled are not open', () => {
  const k = computeKpis(
    [
      incident({ id: 'a', priority: 1 }),
      incident({ id: 'b', priority: 1, status: 'on_scene' }),
      incident({ id: 'c', priority: 4, status: 'closed' }),
      incident({ id: 'd', priority: 3, status: 'resolved' }),
      incident({ id: 'e', priority: 2, status: 'cancelled' }),
    ],
    [], [], [],
  );
  assert.deepEqual(k.openIncidentsByPriority, { 1: 2, 2: 0, 3: 0, 4: 0 });
  assert.equal(k.openIncidents, 2);
});

test('units available per agency out of the total', () => {
  const k = computeKpis([], [unit({ id: '1' }), unit({ id: '2', status: 'on_scene' }), unit({ id: '3', agency: 'fire' })], [], []);
  assert.deepEqual(k.unitsByAgency.police, { available: 1, total: 2 });
  assert.deepEqual(k.unitsByAgency.fire, { available: 1, total: 1 });
  assert.deepEqual(k.unitsByAgency.drainage, { available: 0, total: 0 });
});

test('open alerts by severity skip closed ones; cameras by status', () => {
  const k = computeKpis(
    [], [],
    [alert({ id: '1', severity: 'critical' }), alert({ id: '2', severity: 'critical', status: 'closed' }), alert({ id: '3', severity: 'low', status: 'acknowledged' })],
    [camera({ id: 'a' }), camera({ id: 'b', status: 'offline' }), camera({ id: 'c', status: 'offline' })],
  );
  assert.deepEqual(k.openAlertsBySeverity, { low: 1, medium: 0, high: 0, critical: 1 });
  assert.equal(k.openAlerts, 2);
  assert.deepEqual(k.cameras, { online: 1, offline: 2, degraded: 0, total: 3 });
});

test('enginesDown counts engines that are not ready', () => {
  const status = snapshot().status;
  status.engines.inference = engineStatus('inference', { state: 'down' });
  assert.equal(enginesDown(status), 1);
  assert.equal(enginesDown(null), 0);
});
