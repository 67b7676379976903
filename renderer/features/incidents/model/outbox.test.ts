import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutboxEntry } from '../../../../common/bridge/contract';
import { conflictRecord, sortOutbox } from './outbox';
import { incident } from '../../../state/test-fixtures';

const entry = (over: Partial<OutboxEntry>): OutboxEntry => ({
  commandId: 'c1', engine: 'dispatch', kind: 'setIncidentStatus', summary: 'INC-1 → dispatched', state: 'pending', createdMs: 1, attempts: 0, ...over,
});

test('conflictRecord describes the current incident of a conflict only', () => {
  assert.equal(conflictRecord(entry({ current: incident() })), null);
  assert.deepEqual(conflictRecord(entry({ state: 'conflict', current: incident({ id: 'I', status: 'closed', version: 7 }) })), { id: 'I', status: 'closed', version: 7 });
  assert.equal(conflictRecord(entry({ state: 'conflict', current: { weird: true } })), null);
});

test('sortOutbox puts the oldest command first', () => {
  assert.deepEqual(sortOutbox([entry({ commandId: 'b', createdMs: 5 }), entry({ commandId: 'a', createdMs: 2 })]).map((e) => e.commandId), ['a', 'b']);
});
