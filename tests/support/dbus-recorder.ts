// A private D-Bus session with a recorder owning org.freedesktop.Notifications: node-notifier's real
// notify-send call lands here, and each Notify call is kept (app, summary, body, urgency, expire).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

export interface NotifyCall {
  app: string;
  summary: string;
  body: string;
  urgency: number;
  expire: number;
}

export const HAS_DBUS_TOOLS =
  process.platform === 'linux' &&
  spawnSync('sh', ['-c', 'command -v notify-send && command -v dbus-daemon && /usr/bin/python3 -c "import dbus, gi"']).status === 0;

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

export interface NotificationRecorder {
  /** DBUS_SESSION_BUS_ADDRESS of the private bus. */
  address: string;
  calls: NotifyCall[];
  /** Resolves with the first recorded call (past or future) that matches. */
  waitFor(match: (c: NotifyCall) => boolean, timeoutMs?: number): Promise<NotifyCall>;
  stop(): Promise<void>;
}

async function firstLine(child: ChildProcess): Promise<string> {
  let buf = '';
  for await (const chunk of child.stdout!) {
    buf += chunk;
    if (buf.includes('\n')) return buf.split('\n')[0];
  }
  throw new Error('dbus-daemon ended without printing its address');
}

export async function startNotificationRecorder(): Promise<NotificationRecorder> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-dbus-'));
  fs.writeFileSync(path.join(dir, 'recorder.py'), RECORDER);
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const address = (await firstLine(daemon)).trim();
  const recorder = spawn('/usr/bin/python3', [path.join(dir, 'recorder.py')], { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address }, stdio: ['ignore', 'pipe', 'inherit'] });
  const calls: NotifyCall[] = [];
  const waiters = new Set<() => void>();
  let ready!: () => void;
  const isReady = new Promise<void>((r) => (ready = r));
  createInterface({ input: recorder.stdout! }).on('line', (line) => {
    if (line === 'ready') return ready();
    calls.push(JSON.parse(line) as NotifyCall);
    for (const w of waiters) w();
  });
  await isReady;
  return {
    address,
    calls,
    waitFor: (match, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const hit = calls.find(match);
          if (!hit) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching notification within ${timeoutMs} ms; got ${JSON.stringify(calls)}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    stop: async () => {
      recorder.kill();
      daemon.kill();
      if (daemon.exitCode === null) await once(daemon, 'exit');
    },
  };
}
