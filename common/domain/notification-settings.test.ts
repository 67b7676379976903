import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_NOTIFICATION_SETTINGS, quietUntilMs, validateNotificationSettings, wardWatched } from './notification-settings';

const fieldOf = (input: unknown) => {
  const r = validateNotificationSettings(input);
  return r.ok ? null : `${r.error.field}: ${r.error.message}`;
};

test('bad values are refused naming the field and the value', () => {
  const d = DEFAULT_NOTIFICATION_SETTINGS;
  assert.match(fieldOf({ ...d, alertMinSeverity: 'urgent' })!, /^alertMinSeverity: .*"urgent"/);
  assert.match(fieldOf({ ...d, alertMinCriticality: 7 })!, /^alertMinCriticality: .*0 to 5, got 7/);
  assert.match(fieldOf({ ...d, wards: ['Phường Láng', ''] })!, /^wards\[1\]/);
  assert.match(fieldOf({ ...d, quietHours: { enabled: true, from: '25:00', to: '06:00' } })!, /^quietHours\.from: .*"25:00"/);
  assert.match(fieldOf({ ...d, quietHours: { enabled: true, from: '06:00', to: '06:00' } })!, /^quietHours\.to/);
  assert.match(fieldOf({ ...d, maxPerMinute: 0 })!, /^maxPerMinute/);
  assert.match(fieldOf({ ...d, dnd: 'yes' })!, /^dnd/);
  assert.match(fieldOf(null)!, /^settings/);
  const good = validateNotificationSettings({ alertMinSeverity: 'high', wards: [' Phường Láng ', 'Phường Láng'] });
  assert.ok(good.ok);
  assert.deepEqual(good.value.wards, ['Phường Láng']);
  assert.equal(good.value.maxPerMinute, 5);
});

test('quiet hours in Hanoi time: inside, outside, across midnight, and DND by hand', () => {
  const s = { ...DEFAULT_NOTIFICATION_SETTINGS, quietHours: { enabled: true, from: '22:00', to: '06:00' } };
  const hanoi = (h: number, m = 0) => Date.UTC(2026, 10, 3, h - 7, m);
  assert.equal(quietUntilMs(s, hanoi(21, 59)), null);
  assert.equal(quietUntilMs(s, hanoi(22, 0)), hanoi(30, 0));
  assert.equal(quietUntilMs(s, hanoi(3, 0)), hanoi(6, 0));
  assert.equal(quietUntilMs(s, hanoi(6, 0)), null);
  const day = { ...s, quietHours: { enabled: true, from: '12:00', to: '13:30' } };
  assert.equal(quietUntilMs(day, hanoi(12, 45)), hanoi(13, 30));
  assert.equal(quietUntilMs({ ...s, dnd: true }, hanoi(12)), Infinity);
  assert.ok(wardWatched({ ...s, wards: ['A'] }, ''));
  assert.ok(!wardWatched({ ...s, wards: ['A'] }, 'B'));
});
