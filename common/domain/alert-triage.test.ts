import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTriage, type TriageState } from './alert-triage';
import { validateUpdateAlert } from './alert-triage-args';

const fresh: TriageState = { status: 'new', assignee: '', disposition: '', acknowledgedMs: 0, closedMs: 0 };

test('status moves forward, acknowledged time is set once, closing needs a disposition', () => {
  const r1 = applyTriage(fresh, { status: 'in_progress', assignee: 'lan' }, 100);
  assert.ok(r1.ok);
  assert.deepEqual(r1.next, { status: 'in_progress', assignee: 'lan', disposition: '', acknowledgedMs: 100, closedMs: 0 });
  const r2 = applyTriage(r1.next, { status: 'closed' }, 200);
  assert.ok(!r2.ok && r2.problem.field === 'disposition');
  const r3 = applyTriage(r1.next, { status: 'closed', disposition: 'benign' }, 300);
  assert.ok(r3.ok && r3.next.closedMs === 300 && r3.next.acknowledgedMs === 100);
  const back = applyTriage(r1.next, { status: 'acknowledged' }, 400);
  assert.ok(!back.ok && back.problem.field === 'status');
});

test('a closed alert takes only a note or a reopen', () => {
  const closed: TriageState = { status: 'closed', assignee: 'lan', disposition: 'benign', acknowledgedMs: 1, closedMs: 2 };
  assert.ok(applyTriage(closed, { note: 'checked again' }, 3).ok);
  const assign = applyTriage(closed, { assignee: 'minh' }, 3);
  assert.ok(!assign.ok && assign.problem.field === 'status');
  const reopen = applyTriage(closed, { status: 'in_progress' }, 3);
  assert.ok(reopen.ok && reopen.next.closedMs === 0);
});

test('bridge arguments are checked field by field', () => {
  assert.ok(validateUpdateAlert({ alertId: 'A', expectedVersion: 1, assignToMe: true }).ok);
  const cases: [unknown, string][] = [
    [{ expectedVersion: 1, status: 'closed' }, 'alertId'],
    [{ alertId: 'A', expectedVersion: 0, status: 'closed' }, 'expectedVersion'],
    [{ alertId: 'A', expectedVersion: 1 }, 'status'],
    [{ alertId: 'A', expectedVersion: 1, disposition: 'maybe' }, 'disposition'],
    [{ alertId: 'A', expectedVersion: 1, assignToMe: true, assignee: 'x' }, 'assignee'],
    [{ alertId: 'A', expectedVersion: 1, colour: 'red' }, 'colour'],
  ];
  for (const [input, field] of cases) {
    const r = validateUpdateAlert(input);
    assert.ok(!r.ok && r.error.field === field, `${JSON.stringify(input)} → ${JSON.stringify(r)}`);
  }
});
