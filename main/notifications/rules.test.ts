import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Alert } from '../../common/domain/alert';
import type { Incident } from '../../common/domain/incident';
import { resolveLocale } from './messages';
import { createNotificationMemory, decideNotifications, nextSummaryAtMs, takeSummary, type NotificationRuleOptions } from './rules';

const T0 = Date.UTC(2026, 10, 3, 2, 0, 0);
const VI: NotificationRuleOptions = { locale: 'vi', maxPerMinute: 5 };
const EN: NotificationRuleOptions = { locale: 'en', maxPerMinute: 5 };

function incident(id: string, over: Partial<Incident> = {}): Incident {
  return {
    id,
    type: 'fire',
    priority: 1,
    status: 'new',
    location: { lat: 21.03, lon: 105.85 },
    ward: 'Phường Hoàn Kiếm',
    description: 'Cháy nhà dân trên phố Hàng Bạc',
    source: 'hotline',
    createdMs: T0,
    updatedMs: T0,
    version: 1,
    updatedBy: 'system',
    ...over,
  };
}

function alert(id: string, over: Partial<Alert> = {}): Alert {
  return {
    id,
    ruleId: 'R-100',
    title: 'Camera firmware tampering',
    severity: 'critical',
    status: 'new',
    assetId: 'CAM-0042',
    assetKind: 'camera',
    sourceIp: '10.1.2.3',
    mitreTechnique: 'T1495',
    count: 1,
    firstSeenMs: T0,
    lastSeenMs: T0,
    createdMs: T0,
    updatedMs: T0,
    version: 1,
    acknowledgedBy: '',
    location: null,
    ward: 'Phường Ba Đình',
    detectDelayMs: 200,
    ...over,
  };
}

test('a new P1 incident is notified in Vietnamese by default', () => {
  const out = decideNotifications({ incidents: [incident('INC-1')] }, createNotificationMemory(), T0, VI);
  assert.equal(out.length, 1);
  assert.equal(out[0].title, 'Sự cố P1 mới: Cháy');
  assert.equal(out[0].body, 'INC-1 · Phường Hoàn Kiếm · Cháy nhà dân trên phố Hàng Bạc');
  assert.equal(out[0].urgency, 'critical');
});

test('English when asked, with the incident type label', () => {
  const out = decideNotifications({ incidents: [incident('INC-1', { type: 'flooding' })] }, createNotificationMemory(), T0, EN);
  assert.equal(out[0].title, 'New P1 incident: Flooding');
});

test('a new critical alert is notified with asset, ward and technique', () => {
  const out = decideNotifications({ alerts: [alert('AL-1')] }, createNotificationMemory(), T0, EN);
  assert.deepEqual(
    out.map((n) => [n.title, n.body]),
    [['Critical alert: Camera firmware tampering', 'Asset CAM-0042 · Phường Ba Đình · T1495']],
  );
});

test('lower priorities, lower severities and handled records are not notified', () => {
  const delta = {
    incidents: [incident('INC-2', { priority: 2 }), incident('INC-3', { status: 'dispatched' })],
    alerts: [alert('AL-2', { severity: 'high' }), alert('AL-3', { status: 'acknowledged' })],
    units: [],
  };
  assert.deepEqual(decideNotifications(delta, createNotificationMemory(), T0, VI), []);
});

test('each record is notified once, across deltas and within one delta', () => {
  const memory = createNotificationMemory();
  const first = decideNotifications({ incidents: [incident('INC-1'), incident('INC-1', { version: 2 })] }, memory, T0, VI);
  assert.equal(first.length, 1);
  const again = decideNotifications({ incidents: [incident('INC-1', { version: 3 })], alerts: [alert('AL-1')] }, memory, T0 + 1000, VI);
  assert.deepEqual(again.map((n) => n.key), ['alert:AL-1']);
});

test('an incident raised to P1 later is notified then', () => {
  const memory = createNotificationMemory();
  assert.equal(decideNotifications({ incidents: [incident('INC-9', { priority: 3 })] }, memory, T0, VI).length, 0);
  assert.equal(decideNotifications({ incidents: [incident('INC-9', { priority: 1, version: 2 })] }, memory, T0 + 5, VI).length, 1);
});

test('a burst beyond the limit gives N-1 notifications and one "and N more" summary', () => {
  const memory = createNotificationMemory();
  const incidents = Array.from({ length: 10 }, (_, i) => incident(`INC-${i}`, { createdMs: T0 + i }));
  const alerts = Array.from({ length: 7 }, (_, i) => alert(`AL-${i}`));
  const out = decideNotifications({ incidents, alerts }, memory, T0, EN);
  assert.equal(out.length, 5);
  assert.deepEqual(out.slice(0, 4).map((n) => n.key), ['incident:INC-0', 'incident:INC-1', 'incident:INC-2', 'incident:INC-3']);
  assert.equal(out[4].title, 'And 13 more urgent events');
  assert.match(out[4].body, /^6 P1 incidents and 7 alerts/);
});

test('the summary text is localised too', () => {
  const memory = createNotificationMemory();
  const incidents = Array.from({ length: 17 }, (_, i) => incident(`INC-${i}`));
  const out = decideNotifications({ incidents }, memory, T0, VI);
  assert.equal(out.at(-1)!.title, 'Và 13 thông báo khẩn khác');
});

test('once the minute is used up, new events wait for one summary when room comes back', () => {
  const memory = createNotificationMemory();
  const first = Array.from({ length: 5 }, (_, i) => incident(`A-${i}`));
  assert.equal(decideNotifications({ incidents: first }, memory, T0, EN).length, 5);
  const later = Array.from({ length: 12 }, (_, i) => alert(`B-${i}`));
  assert.deepEqual(decideNotifications({ alerts: later }, memory, T0 + 10_000, EN), []);
  assert.equal(nextSummaryAtMs(memory, T0 + 10_000, EN), T0 + 60_000);
  assert.equal(takeSummary(memory, T0 + 59_999, EN), null);
  const summary = takeSummary(memory, T0 + 60_000, EN)!;
  assert.equal(summary.title, 'And 12 more urgent events');
  assert.equal(nextSummaryAtMs(memory, T0 + 60_000, EN), null);
  assert.equal(takeSummary(memory, T0 + 60_001, EN), null, 'only one summary for the owed events');
});

test('no more than N notifications go out in any rolling minute', () => {
  const memory = createNotificationMemory();
  const sent: number[] = [];
  for (let s = 0; s < 300; s++) {
    const now = T0 + s * 1000;
    const out = decideNotifications({ incidents: [incident(`I-${s}`), incident(`J-${s}`)] }, memory, now, VI);
    if (takeSummary(memory, now, VI)) sent.push(now);
    sent.push(...out.map(() => now));
  }
  for (const t of sent) assert.ok(sent.filter((u) => u > t - 60_000 && u <= t).length <= 5, `more than 5 in the minute ending ${t}`);
});

test('memory of notified records stays bounded', () => {
  const memory = createNotificationMemory();
  const options = { ...VI, maxPerMinute: 1_000_000, maxRemembered: 100 };
  decideNotifications({ incidents: Array.from({ length: 250 }, (_, i) => incident(`I-${i}`)) }, memory, T0, options);
  assert.equal(memory.seen.size, 100);
  assert.ok(memory.seen.has('incident:I-249'));
});

test('long descriptions are cut, locales resolve with fallback to Vietnamese', () => {
  const out = decideNotifications({ incidents: [incident('I-1', { description: 'x'.repeat(500) })] }, createNotificationMemory(), T0, VI);
  assert.ok(out[0].body.length <= 160 && out[0].body.endsWith('…'));
  assert.equal(resolveLocale('en-GB'), 'en');
  assert.equal(resolveLocale('vi_VN'), 'vi');
  assert.equal(resolveLocale('fr'), 'vi');
  assert.equal(resolveLocale(undefined), 'vi');
});

import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from '../../common/domain/notification-settings';
import { createNotificationFeed } from './feed';

const rulesOf = (over: Partial<NotificationSettings>): NotificationRuleOptions => ({ locale: 'en', settings: { ...DEFAULT_NOTIFICATION_SETTINGS, ...over } });

test("the operator's rules pick alerts by severity, asset criticality and ward, and can mute P1 incidents", () => {
  const delta = {
    alerts: [
      alert('A-high-crit5', { severity: 'high', assetCriticality: 5 }),
      alert('A-high-crit2', { severity: 'high', assetCriticality: 2 }),
      alert('A-medium', { severity: 'medium', assetCriticality: 5 }),
      alert('A-other-ward', { severity: 'critical', assetCriticality: 5, ward: 'Phường Láng' }),
      alert('A-no-ward', { severity: 'critical', assetCriticality: 5, ward: '' }),
    ],
    incidents: [incident('INC-9', { ward: 'Phường Ba Đình' })],
  };
  const s = rulesOf({ alertMinSeverity: 'high', alertMinCriticality: 4, wards: ['Phường Ba Đình'], p1Incidents: false, maxPerMinute: 20 });
  const out = decideNotifications(delta, createNotificationMemory(), T0, s);
  assert.deepEqual(out.map((n) => n.key), ['alert:A-high-crit5', 'alert:A-no-ward']);
  assert.equal(out[0].title, 'High alert: Camera firmware tampering');
  assert.equal(out[0].urgency, 'normal');
  assert.equal(out[1].urgency, 'critical');
  const all = decideNotifications(delta, createNotificationMemory(), T0, rulesOf({ alertMinSeverity: 'low', maxPerMinute: 20 }));
  assert.equal(all.length, 6);
});

test('do-not-disturb holds every pop-up back and sends one summary of what it held once switched off', () => {
  let settings: NotificationSettings = { ...DEFAULT_NOTIFICATION_SETTINGS, dnd: true };
  const sent: string[] = [];
  const now = T0;
  const feed = createNotificationFeed({ notify: (n) => sent.push(n.title) }, 'en', { settings: () => settings, now: () => now, setTimer: (fn) => (fn(), { cancel: () => undefined }) });
  feed.onDelta({ alerts: [alert('D1'), alert('D2')], incidents: [incident('D3')] });
  assert.deepEqual(sent, []);
  settings = { ...settings, dnd: false };
  feed.settingsChanged();
  assert.deepEqual(sent, ['And 3 more urgent events']);
  feed.onDelta({ alerts: [alert('D1')] });
  assert.equal(sent.length, 1, 'held-back records are not notified again');
  feed.dispose();
});

test('quiet hours (Hanoi time, across midnight) hold pop-ups until they end, then summarise', () => {
  // 23:30 Hanoi = 16:30 UTC; quiet 22:00–06:00 ends at 23:00 UTC.
  const at2330 = Date.UTC(2026, 10, 3, 16, 30);
  const opts = rulesOf({ quietHours: { enabled: true, from: '22:00', to: '06:00' } });
  const memory = createNotificationMemory();
  assert.deepEqual(decideNotifications({ alerts: [alert('Q1')] }, memory, at2330, opts), []);
  assert.equal(takeSummary(memory, at2330, opts), null);
  assert.equal(nextSummaryAtMs(memory, at2330, opts), Date.UTC(2026, 10, 3, 23, 0));
  const after = takeSummary(memory, Date.UTC(2026, 10, 3, 23, 0), opts);
  assert.equal(after?.title, 'And 1 more urgent events');
  // Outside the window a critical alert pops up at once.
  assert.equal(decideNotifications({ alerts: [alert('Q2')] }, memory, Date.UTC(2026, 10, 4, 3, 0), opts).length, 1);
});
