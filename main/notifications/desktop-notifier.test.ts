import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createLogger } from '../../common/log';
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

const HAS_DBUS_TOOLS =
  process.platform === 'linux' &&
  spawnSync('sh', ['-c', 'command -v notify-send && command -v dbus-daemon && /usr/bin/python3 -c "import dbus, gi"']).status === 0;

// Plays the freedesktop notification service and prints each Notify call as a JSON line.
const RECORDER = String.raw`
import json, sys, dbus, dbus.service, dbus.mainloop.glib
from gi.repository import GLib
dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
class N(dbus.service.Object):
    @dbus.service.method('org.freedesktop.Notifications', in_signature='susssasa{sv}i', out_signature='u')
    def Notify(self, app, rid, icon, summary, body, actions, hints, expire):
        print(json.dumps({'app': str(app), 'summary': str(summary), 'body': str(body), 'urgency': int(hints.get('urgency', -1)), 'expire': int(expire)}), flush=True)
        return 1
    @dbus.service.method('org.freedesktop.Notifications', out_signature='as')
    def GetCapabilities(self): return ['body']
    @dbus.service.method('org.freedesktop.Notifications', out_signature='ssss')
    def GetServerInformation(self): return ('recorder', 'watchfloor', '1', '1.2')
    @dbus.service.method('org.freedesktop.Notifications', in_signature='u')
    def CloseNotification(self, i): pass
bus = dbus.SessionBus()
name = dbus.service.BusName('org.freedesktop.Notifications', bus)
N(bus, '/org/freedesktop/Notifications')
print('ready', flush=True)
GLib.MainLoop().run()
`;

async function firstLine(child: ChildProcess): Promise<string> {
  let buf = '';
  for await (const chunk of child.stdout!) {
    buf += chunk;
    if (buf.includes('\n')) return buf.split('\n')[0];
  }
  throw new Error('process ended without output');
}

test('real notify-send over D-Bus: expire time in ms, urgency critical, text intact', { skip: !HAS_DBUS_TOOLS && 'needs notify-send, dbus-daemon and python3-dbus', timeout: 20_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-dbus-'));
  fs.writeFileSync(path.join(dir, 'recorder.py'), RECORDER);
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const saved = process.env.DBUS_SESSION_BUS_ADDRESS;
  let recorder: ChildProcess | undefined;
  try {
    const address = (await firstLine(daemon)).trim();
    recorder = spawn('/usr/bin/python3', [path.join(dir, 'recorder.py')], { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address }, stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: recorder.stdout! })[Symbol.asyncIterator]();
    assert.equal((await lines.next()).value, 'ready');
    process.env.DBUS_SESSION_BUS_ADDRESS = address;
    const { logger, warnings } = capture();
    const n = createDesktopNotifier(logger);
    n.notify({ title: 'Sự cố P1 mới: Cháy', body: 'INC-7 · Phường Hoàn Kiếm', urgency: 'critical' });
    const call = JSON.parse((await lines.next()).value);
    assert.deepEqual(call, { app: 'Watchfloor', summary: 'Sự cố P1 mới: Cháy', body: 'INC-7 · Phường Hoàn Kiếm', urgency: 2, expire: 30_000 });
    assert.equal(warnings().length, 0);
  } finally {
    process.env.DBUS_SESSION_BUS_ADDRESS = saved;
    recorder?.kill();
    daemon.kill();
    if (daemon.exitCode === null) await once(daemon, 'exit');
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
