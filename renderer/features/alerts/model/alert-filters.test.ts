import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alert } from '../../../state/test-fixtures';
import { alertPasses, canAcknowledge } from './alert-filters';

test('quick filters: all, critical+high, unacknowledged', () => {
  const low = alert({ severity: 'low' });
  const crit = alert({ severity: 'critical', status: 'acknowledged' });
  assert.ok(alertPasses('all', low));
  assert.ok(!alertPasses('severe', low));
  assert.ok(alertPasses('severe', crit));
  assert.ok(alertPasses('unacked', low));
  assert.ok(!alertPasses('unacked', crit));
});

test('only new alerts can be acknowledged', () => {
  assert.ok(canAcknowledge(alert()));
  assert.ok(!canAcknowledge(alert({ status: 'acknowledged' })));
  assert.ok(!canAcknowledge(alert({ status: 'closed' })));
});
