import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeSocMetrics, hanoiDay, windowStart } from './soc-metrics';
import type { StoredAlert } from './store';

const H = 3_600_000;
// 2026-03-10 10:00 in Hanoi.
const T = Date.UTC(2026, 2, 10, 3);

const a = (over: Partial<StoredAlert>): StoredAlert =>
  ({ id: 'A', rule_id: 'r1', title: 'R1', severity: 'high', status: 'new', count: 1, created_ms: T, detect_delay_ms: 0, acknowledged_ms: 0, closed_ms: 0, disposition: '', ...over }) as StoredAlert;

test('Hanoi days and the window start at Hanoi midnight', () => {
  assert.equal(hanoiDay(Date.UTC(2026, 2, 9, 17)), '2026-03-10');
  assert.equal(hanoiDay(Date.UTC(2026, 2, 9, 16, 59)), '2026-03-09');
  assert.equal(windowStart(T, 1), Date.UTC(2026, 2, 9, 17));
  assert.equal(windowStart(T, 7), Date.UTC(2026, 2, 3, 17));
});

test('MTTD, MTTA, MTTR by severity and day; noise per rule', () => {
  const m = computeSocMetrics(
    [
      a({ id: '1', detect_delay_ms: 60_000, acknowledged_ms: T + 5 * 60_000, closed_ms: T + H, status: 'closed', disposition: 'false_positive', count: 4 }),
      a({ id: '2', detect_delay_ms: 120_000, acknowledged_ms: T + 15 * 60_000 }),
      a({ id: '3', severity: 'critical', rule_id: 'r2', detect_delay_ms: 30_000, created_ms: T - 20 * H, status: 'closed', acknowledged_ms: T - 20 * H + 60_000, closed_ms: T - 18 * H, disposition: 'true_positive' }),
      a({ id: 'old', created_ms: T - 10 * 24 * H }),
    ],
    windowStart(T, 2),
    new Map([['high', 1]]),
  );
  const high = m.by_severity.find((s) => s.severity === 'high')!;
  assert.deepEqual(high.times, { alerts: 2, mttd_ms: 90_000, mttd_n: 2, mtta_ms: 10 * 60_000, mtta_n: 2, mttr_ms: H, mttr_n: 1 });
  assert.equal(high.open, 1);
  assert.deepEqual(m.by_day.map((d) => [d.day, d.times.alerts]), [['2026-03-09', 1], ['2026-03-10', 2]]);
  const r1 = m.by_rule.find((r) => r.rule_id === 'r1')!;
  assert.deepEqual([r1.alerts, r1.events, r1.closed, r1.false_positive, r1.noise], [2, 5, 1, 1, 1]);
  assert.equal(m.by_rule.find((r) => r.rule_id === 'r2')!.noise, 0);
  assert.equal(m.overall.alerts, 3);
});
