import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dueBreaches, slaDeadlines, slaStatus, slaTargets, validateSlaConfig, type SlaConfig } from './sla';

const CONFIG: SlaConfig = {
  rules: [
    { priority: 1, dispatchMin: 5, resolveMin: 120 },
    { priority: 3, dispatchMin: 60, resolveMin: 720 },
    { source: 'citizen', resolveMin: 1440 },
    { source: 'hotline', priority: 1, dispatchMin: 3 },
  ],
};
const MIN = 60_000;

describe('SLA', () => {
  it('picks the most specific rule for each target', () => {
    assert.deepEqual(slaTargets(CONFIG, 'operator', 1), { dispatchMin: 5, resolveMin: 120 });
    assert.deepEqual(slaTargets(CONFIG, 'hotline', 1), { dispatchMin: 3, resolveMin: 120 });
    assert.deepEqual(slaTargets(CONFIG, 'citizen', 3), { dispatchMin: 60, resolveMin: 1440 });
    assert.deepEqual(slaTargets(CONFIG, 'camera', 2), { dispatchMin: 0, resolveMin: 0 });
    assert.deepEqual(slaDeadlines(CONFIG, 'hotline', 1, 1000), { dispatchDueMs: 1000 + 3 * MIN, resolveDueMs: 1000 + 120 * MIN });
  });

  it('counts down to the next unmet milestone: ok, at risk in the last quarter, breached, met', () => {
    const inc = { status: 'new' as const, createdMs: 0, assignedUnitIds: [], slaDispatchDueMs: 4 * MIN, slaResolveDueMs: 100 * MIN };
    assert.deepEqual(slaStatus(inc, 2 * MIN), { state: 'ok', milestone: 'dispatch', dueMs: 4 * MIN, remainingMs: 2 * MIN });
    assert.equal(slaStatus(inc, 3.5 * MIN).state, 'at_risk');
    assert.equal(slaStatus(inc, 4 * MIN).state, 'breached');
    assert.equal(slaStatus(inc, 5 * MIN).remainingMs, -MIN);
    const dispatched = { ...inc, status: 'dispatched' as const };
    assert.deepEqual(slaStatus(dispatched, 5 * MIN), { state: 'ok', milestone: 'resolve', dueMs: 100 * MIN, remainingMs: 95 * MIN });
    assert.equal(slaStatus({ ...inc, assignedUnitIds: ['FE-1'] }, 5 * MIN).milestone, 'resolve', 'an assigned unit meets the dispatch target');
    assert.equal(slaStatus({ ...inc, status: 'resolved' }, 500 * MIN).state, 'met');
    assert.equal(slaStatus({ ...inc, status: 'cancelled' }, 500 * MIN).state, 'none');
    assert.equal(slaStatus({ ...inc, slaDispatchDueMs: 0, slaResolveDueMs: 0 }, 0).state, 'none');
  });

  it('lists the milestones whose deadline passed unmet', () => {
    const inc = { status: 'new' as const, assignedUnitIds: [], slaDispatchDueMs: 4 * MIN, slaResolveDueMs: 100 * MIN };
    assert.deepEqual(dueBreaches(inc, 3 * MIN), []);
    assert.deepEqual(dueBreaches(inc, 4 * MIN), ['dispatch']);
    assert.deepEqual(dueBreaches(inc, 101 * MIN), ['dispatch', 'resolve']);
    assert.deepEqual(dueBreaches({ ...inc, status: 'on_scene' }, 101 * MIN), ['resolve']);
    assert.deepEqual(dueBreaches({ ...inc, status: 'closed' }, 101 * MIN), []);
  });

  it('validates the SLA file and names each bad field', () => {
    assert.ok(validateSlaConfig({ _about: 'x', rules: [{ priority: 1, dispatch_min: 5 }] }).ok);
    const r = validateSlaConfig({
      rules: [{ priority: 7, dispatch_min: 5 }, { source: 'pigeon', resolve_min: -1 }, { priority: 2 }, { priority: 2, dispatch_min: 1, colour: 'red' }],
    });
    assert.ok(!r.ok);
    assert.deepEqual(r.errors, [
      'rules[0].priority: must be 1 to 4, got 7',
      'rules[1].source: "pigeon" is not a source (one of operator, hotline, citizen, camera, sensor, soc)',
      'rules[1].resolve_min: must be minutes from 0 to 43200 (30 days), got -1',
      'rules[2]: give dispatch_min, resolve_min or both',
      'rules[3].colour: unknown key (allowed: source, priority, dispatch_min, resolve_min)',
      'rules[3]: same source and priority as rules[2]; merge them',
    ]);
    assert.deepEqual(validateSlaConfig({ rules: [] }), { ok: false, errors: ['rules: must be a list of at least one rule'] });
  });
});
