import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alert } from '../../../state/test-fixtures';
import { alertPasses, canAcknowledge, tacticsOf, viewCounts, viewPasses } from './alert-filters';

test('quick filters: all, critical+high, unacknowledged', () => {
  const low = alert({ severity: 'low' });
  const crit = alert({ severity: 'critical', status: 'acknowledged' });
  assert.ok(alertPasses('all', low));
  assert.ok(!alertPasses('severe', low));
  assert.ok(alertPasses('severe', crit));
  assert.ok(alertPasses('unacked', low));
  assert.ok(!alertPasses('unacked', crit));
});

test('quick views: critical, mine and unassigned leave closed alerts out', () => {
  const mine = alert({ assignee: 'lan', severity: 'critical' });
  const theirs = alert({ assignee: 'minh' });
  const closed = alert({ status: 'closed', severity: 'critical' });
  assert.ok(alertPasses('critical', mine));
  assert.ok(!alertPasses('critical', closed));
  assert.ok(alertPasses('mine', mine, 'lan'));
  assert.ok(!alertPasses('mine', theirs, 'lan'));
  assert.ok(!alertPasses('mine', mine, ''));
  assert.ok(alertPasses('unassigned', alert()));
  assert.ok(!alertPasses('unassigned', theirs));
  assert.ok(!alertPasses('unassigned', closed));
});

test('tactics come from the rule tags, techniques left out; views narrow by tactic and asset type', () => {
  const a = alert({ attackTags: ['attack.credential_access', 'attack.t1110', 'attack.t0812'], assetKind: 'camera' });
  assert.deepEqual(tacticsOf(a), ['credential_access']);
  assert.ok(viewPasses({ filter: 'all', tactic: 'credential_access', assetKind: 'camera' }, a));
  assert.ok(!viewPasses({ filter: 'all', tactic: 'impact', assetKind: '' }, a));
  assert.ok(!viewPasses({ filter: 'all', tactic: '', assetKind: 'plc' }, a));
});

test('view counts', () => {
  const c = viewCounts(
    [
      alert({ id: '1', severity: 'critical', assignee: 'lan', attackTags: ['attack.impact'], assetKind: 'plc' }),
      alert({ id: '2', attackTags: ['attack.impact', 'attack.initial_access'] }),
      alert({ id: '3', status: 'closed', attackTags: ['attack.impact'] }),
    ],
    'lan',
  );
  assert.equal(c.filters.all, 3);
  assert.equal(c.filters.critical, 1);
  assert.equal(c.filters.mine, 1);
  assert.equal(c.filters.unassigned, 1);
  assert.equal(c.tactics.get('impact'), 2);
  assert.equal(c.assetKinds.get('plc'), 1);
  assert.equal(c.assetKinds.get('camera'), 1);
});

test('only new alerts can be acknowledged', () => {
  assert.ok(canAcknowledge(alert()));
  assert.ok(!canAcknowledge(alert({ status: 'acknowledged' })));
  assert.ok(!canAcknowledge(alert({ status: 'closed' })));
});
