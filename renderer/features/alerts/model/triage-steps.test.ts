import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alert } from '../../../state/test-fixtures';
import { stepIndex, triageArgs } from './triage-steps';

test('assign to me takes the alert and starts work unless it is closed', () => {
  assert.deepEqual(triageArgs(alert({ version: 4 }), { kind: 'assignMe' }), { alertId: 'AL-1', expectedVersion: 4, assignToMe: true, status: 'in_progress' });
  assert.deepEqual(triageArgs(alert({ status: 'in_progress' }), { kind: 'assignMe' }), { alertId: 'AL-1', expectedVersion: 1, assignToMe: true });
  assert.equal(triageArgs(alert({ status: 'closed' }), { kind: 'assignMe' }), null);
});

test('disposition, then close; close needs a disposition', () => {
  assert.deepEqual(triageArgs(alert(), { kind: 'disposition', disposition: 'false_positive' }), { alertId: 'AL-1', expectedVersion: 1, disposition: 'false_positive' });
  assert.equal(triageArgs(alert({ disposition: 'benign' }), { kind: 'disposition', disposition: 'benign' }), null);
  assert.equal(triageArgs(alert(), { kind: 'close' }), null);
  assert.deepEqual(triageArgs(alert({ disposition: 'benign' }), { kind: 'close' }), { alertId: 'AL-1', expectedVersion: 1, status: 'closed' });
  assert.equal(triageArgs(alert(), { kind: 'note', text: '  ' }), null);
});

test('j/k stepping is clamped and starts at an end', () => {
  assert.equal(stepIndex(null, 1, 5), 0);
  assert.equal(stepIndex(null, -1, 5), 4);
  assert.equal(stepIndex(4, 1, 5), 4);
  assert.equal(stepIndex(0, -1, 5), 0);
  assert.equal(stepIndex(2, 1, 5), 3);
  assert.equal(stepIndex(2, 1, 0), null);
});
