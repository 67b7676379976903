import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMean, metricsSummary } from './metrics-format';

const times = (over = {}) => ({ alerts: 1, mttdMs: 0, mttdN: 0, mttaMs: 0, mttaN: 0, mttrMs: 0, mttrN: 0, ...over });

test('mean times read as seconds, minutes or hours, and a dash when unmeasured', () => {
  assert.equal(formatMean(0, 0), '–');
  assert.equal(formatMean(45_400, 2), '45 s');
  assert.equal(formatMean(12 * 60_000, 1), '12 min');
  assert.equal(formatMean(185 * 60_000, 1), '3 h 05');
});

test('summary: today is the last day, the noisiest judged rule, open by severity', () => {
  const s = metricsSummary({
    sinceMs: 0,
    overall: times(),
    bySeverity: [{ severity: 'critical', times: times(), open: 3 }],
    byDay: [{ day: '2026-03-09', times: times({ alerts: 9 }) }, { day: '2026-03-10', times: times({ alerts: 2 }) }],
    byRule: [
      { ruleId: 'a', title: 'A', alerts: 50, events: 50, closed: 0, truePositive: 0, falsePositive: 0, benign: 0, noise: 0 },
      { ruleId: 'b', title: 'B', alerts: 5, events: 9, closed: 4, truePositive: 1, falsePositive: 3, benign: 0, noise: 0.75 },
    ],
  });
  assert.equal(s.today?.alerts, 2);
  assert.equal(s.noisiest?.ruleId, 'b');
  assert.equal(s.open.critical, 3);
  const quiet = metricsSummary({ sinceMs: 0, overall: times(), bySeverity: [], byDay: [], byRule: [{ ruleId: 'a', title: 'A', alerts: 1, events: 1, closed: 1, truePositive: 1, falsePositive: 0, benign: 0, noise: 0 }] });
  assert.equal(quiet.noisiest, undefined);
  assert.equal(quiet.today, undefined);
});
