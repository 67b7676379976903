import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../../common/log';
import { HAS_DBUS_TOOLS, startNotificationRecorder } from '../../tests/support/dbus-recorder';
import { createDesktopNotifier, createNotificationFeed, type NotifierBackend } from './desktop-notifier';
import type { Incident } from '../../common/domain/incident';

function capture() {
  const lines: string[] = [];
  return { logger: createLogger('test', (l) => lines.push(l), 'debug'), warnings: () => lines.map((l) => JSON.parse(l)).filter((e) => e.level === 'warn') };
}

function fakeBackend(answer: (options: Record<string, unknown>) => unknown) {
  const calls: Record<string, unknown>[] = [];
  const backend: NotifierBackend = {
    notify(options, callback) {
      calls.push(options);
      callback(answer(options));
    },
  };
  return { backend, calls };
}

test('passes seconds (not ms) as timeout and escapes markup in the body on Linux', () => {
  const { backend, calls } = fakeBackend(() => null);
  const n = createDesktopNotifier(capture().logger, { backend, platform: 'linux' });
  n.notify({ title: 'Sự cố\nP1', body: '<b>INC-1</b> & $(id)', urgency: 'critical' });
  assert.equal(calls[0].timeout, 30);
  assert.equal(calls[0].title, 'Sự cố P1');
  assert.equal(calls[0].message, '&lt;b&gt;INC-1&lt;/b&gt; &amp; $(id)');
  assert.equal(calls[0].urgency, 'critical');
});

test('a failing notifier logs one warning, turns itself off and never throws', () => {
  const { logger, warnings } = capture();
  const { backend, calls } = fakeBackend(() => new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'));
  const n = createDesktopNotifier(logger, { backend });
  n.notify({ title: 'a', body: 'b', urgency: 'critical' });
  n.notify({ title: 'a', body: 'b', urgency: 'critical' });
  assert.equal(n.enabled, false);
  assert.equal(calls.length, 1);
  assert.equal(warnings().length, 1);
  assert.match(warnings()[0].error, /D-Bus/);

  const throwing: NotifierBackend = {
    notify() {
      throw new Error('boom');
    },
  };
  const t = createDesktopNotifier(logger, { backend: throwing });
  assert.doesNotThrow(() => t.notify({ title: 'a', body: 'b', urgency: 'low' }));
  assert.equal(t.enabled, false);
});

test('stderr chatter from a notification that went out does not disable it', () => {
  const { logger, warnings } = capture();
  const { backend } = fakeBackend(() => 'GLib-WARNING: something harmless');
  const n = createDesktopNotifier(logger, { backend });
  n.notify({ title: 'a', body: 'b', urgency: 'normal' });
  n.notify({ title: 'a', body: 'b', urgency: 'normal' });
  assert.equal(n.enabled, true);
  assert.equal(warnings().length, 1);
});

test('the feed notifies, rate-limits, and sends the owed summary by timer', () => {
  const sent: string[] = [];
  let now = 1_000_000;
  const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const feed = createNotificationFeed({ notify: (n) => sent.push(n.title) }, 'en', {
    maxPerMinute: 2,
    now: () => now,
    setTimer: (fn, ms) => {
      const t = { at: now + ms, fn, cancelled: false };
      timers.push(t);
      return { cancel: () => (t.cancelled = true) };
    },
  });
  const inc = (id: string) => ({ id, type: 'fire', priority: 1, status: 'new', ward: 'W', description: 'd', createdMs: now }) as Incident;
  feed.onDelta({ incidents: [inc('1'), inc('2')] });
  assert.deepEqual(sent, ['New P1 incident: Fire', 'New P1 incident: Fire']);
  now += 5_000;
  feed.onDelta({ incidents: [inc('3'), inc('4'), inc('5')] });
  assert.equal(sent.length, 2);
  assert.equal(timers.length, 1);
  assert.equal(timers[0].at, 1_060_000);
  now = timers[0].at;
  timers[0].fn();
  assert.deepEqual(sent.slice(2), ['And 3 more urgent events']);
  feed.dispose();
});

test('real notify-send over D-Bus: expire time in ms, urgency critical, text intact', { skip: !HAS_DBUS_TOOLS && 'needs notify-send, dbus-daemon and python3-dbus', timeout: 20_000 }, async () => {
  const recorder = await startNotificationRecorder();
  const saved = process.env.DBUS_SESSION_BUS_ADDRESS;
  try {
    process.env.DBUS_SESSION_BUS_ADDRESS = recorder.address;
    const { logger, warnings } = capture();
    const n = createDesktopNotifier(logger);
    n.notify({ title: 'Sự cố P1 mới: Cháy', body: 'INC-7 · Phường Hoàn Kiếm', urgency: 'critical' });
    const call = await recorder.waitFor(() => true);
    assert.deepEqual(call, { app: 'Watchfloor', summary: 'Sự cố P1 mới: Cháy', body: 'INC-7 · Phường Hoàn Kiếm', urgency: 2, expire: 30_000 });
    assert.equal(warnings().length, 0);
  } finally {
    process.env.DBUS_SESSION_BUS_ADDRESS = saved;
    await recorder.stop();
  }
});

test('real notify-send without a D-Bus session: one warning, then off', { skip: !HAS_DBUS_TOOLS && 'needs notify-send' }, async () => {
  const saved = { bus: process.env.DBUS_SESSION_BUS_ADDRESS, display: process.env.DISPLAY };
  process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/watchfloor-bus';
  delete process.env.DISPLAY;
  try {
    const { logger, warnings } = capture();
    const n = createDesktopNotifier(logger);
    n.notify({ title: 'a', body: 'b', urgency: 'critical' });
    for (let i = 0; i < 100 && n.enabled; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(n.enabled, false);
    n.notify({ title: 'a', body: 'b', urgency: 'critical' });
    assert.equal(warnings().length, 1);
  } finally {
    process.env.DBUS_SESSION_BUS_ADDRESS = saved.bus;
    if (saved.display !== undefined) process.env.DISPLAY = saved.display;
  }
});
