import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Incident } from '../../../../common/domain/incident';
import { quickViewCounts, slaSortKey, statusCounts, wardsOf } from './quick-views';

const MIN = 60_000;
const inc = (id: string, priority: 1 | 2 | 3 | 4, status: Incident['status'], ward: string, dispatchDue: number): Incident => ({
  id, type: 'fire', priority, status, ward, location: { lat: 21, lon: 105.8 }, description: '', source: 'operator',
  createdMs: 0, updatedMs: 0, version: 1, updatedBy: 'a', assignedUnitIds: [], slaDispatchDueMs: dispatchDue, slaResolveDueMs: 0,
});

const LIST = [
  inc('A', 1, 'new', 'Hoàn Kiếm', 4 * MIN), // at 3.5 min: at risk
  inc('B', 2, 'dispatched', 'Ba Đình', 4 * MIN), // dispatched: met
  inc('C', 3, 'new', 'Hoàn Kiếm', 100 * MIN), // ok
  inc('D', 4, 'new', 'Cửa Nam', 2 * MIN), // breached
];

describe('incident quick views', () => {
  it('counts each view; the ward view needs a ward', () => {
    assert.deepEqual(quickViewCounts(LIST, 3.5 * MIN, ''), { all: 4, p1p2: 2, sla: 2, ward: 4 });
    assert.deepEqual(quickViewCounts(LIST, 3.5 * MIN, 'Hoàn Kiếm'), { all: 4, p1p2: 2, sla: 2, ward: 2 });
  });

  it('counts by status in lifecycle order and lists wards in Vietnamese order', () => {
    assert.deepEqual(statusCounts(LIST), [{ status: 'new', n: 3 }, { status: 'dispatched', n: 1 }]);
    assert.deepEqual(wardsOf(LIST), ['Ba Đình', 'Cửa Nam', 'Hoàn Kiếm']);
  });

  it('sorts the SLA column breached first, then by time left, no SLA last', () => {
    const now = 3 * MIN;
    const sorted = [...LIST].sort((a, b) => slaSortKey(a, now) - slaSortKey(b, now)).map((i) => i.id);
    assert.deepEqual(sorted, ['D', 'A', 'C', 'B']);
  });
});
