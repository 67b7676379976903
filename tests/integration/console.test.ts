// The console core against real engines: live fan-out to windows, two consoles, engine outage with
// the durable outbox, and restart from the cache.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { BridgeEvent, CommandReceipt, OutboxEntry, Snapshot } from '../../common/bridge/contract';
import type { Incident } from '../../common/domain/incident';
import type { Result } from '../../common/result';
import { startConsole } from '../../main/console/start-console';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { eventually, quietLogger, tempDir } from './helpers';

type Console = Awaited<ReturnType<typeof startConsole>>;

function attachWindow(c: Console, id: string) {
  const events: BridgeEvent[] = [];
  c.bridge.connect({ id, role: 'incidents', send: (e) => events.push(e) });
  const call = <T>(method: string, args: unknown) => c.bridge.call(id, method, args) as Promise<Result<T>>;
  const incidentsSeen = () => events.flatMap((e) => (e.channel === 'delta' ? (e.payload.incidents ?? []) : []));
  const lastStatus = () => [...events].reverse().find((e) => e.channel === 'status')?.payload as Snapshot['status'] | undefined;
  return { events, call, incidentsSeen, lastStatus };
}

const SITE = { lat: 21.0245, lon: 105.844 };

describe('console core with real engines', () => {
  let dir: string;
  let engines: RunningEngines;
  let c1: Console;
  let c2: Console;

  before(async () => {
    dir = tempDir('console');
    engines = await startEngines({ dataDir: path.join(dir, 'engines'), logger: quietLogger });
    c1 = await startConsole({ dataDir: path.join(dir, 'c1'), engineAddresses: engines.addresses, embeddedEngines: false });
    c2 = await startConsole({ dataDir: path.join(dir, 'c2'), engineAddresses: engines.addresses, embeddedEngines: false });
  });
  after(async () => {
    await c1?.stop();
    await c2?.stop();
    await engines?.stop();
  });

  it('an incident created in one console appears live in a window of another', async () => {
    const w1 = attachWindow(c1, 'c1-w');
    const w2 = attachWindow(c2, 'c2-w');
    await eventually(() => w1.lastStatus()?.engines.dispatch.state === 'ready' || c1.internals.links.dispatch.isReady, 'console 1 ready');
    const r = await w1.call<CommandReceipt<Incident>>('createIncident', { type: 'traffic_accident', priority: 2, location: SITE, description: 'va chạm' });
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.value.state, 'applied');
    const created = (r.value as { record: Incident }).record;
    assert.equal(created.ward, 'Cửa Nam');
    const seen = await eventually(() => w2.incidentsSeen().find((i) => i.id === created.id), 'the incident in console 2');
    assert.equal(seen.priority, 2);
  });

  it('rejects bad input at the bridge with the field named, and keeps working', async () => {
    const w = attachWindow(c1, 'c1-bad');
    const cases: [unknown, string][] = [
      [{ priority: 2, location: SITE }, 'type'],
      [{ type: 'fire', priority: 0, location: SITE }, 'priority'],
      [{ type: 'fire', priority: 1, location: { lat: 48.85, lon: 2.35 } }, 'location'],
    ];
    for (const [args, field] of cases) {
      const r = await w.call('createIncident', args);
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.error.field, field);
    }
    const unknown = await w.call('dropDatabase', {});
    assert.equal(!unknown.ok && unknown.error.code, 'UNKNOWN_METHOD');
    assert.equal(c1.internals.outbox.list().length, 0, 'nothing invalid reached the outbox');
  });

  it('an engine outage turns the indicator red, queues commands, and sends them when it is back', async () => {
    const w = attachWindow(c1, 'c1-outage');
    const address = engines.addresses.dispatch!;
    const port = Number(address.split(':')[1]);
    await engines.engines.dispatch!.stop();
    await eventually(() => w.lastStatus()?.engines.dispatch.state === 'down', 'dispatch shown down', 8000);
    const before = c1.internals.state.incidents.size;
    assert.ok(before > 0, 'the window keeps the cached incidents');

    const r = await w.call<CommandReceipt<Incident>>('createIncident', { type: 'flooding', priority: 1, location: SITE, description: 'ngập khi mất kết nối' });
    assert.ok(r.ok && r.value.state === 'pending', JSON.stringify(r));
    const outboxEvent = [...w.events].reverse().find((e) => e.channel === 'outbox')?.payload as OutboxEntry[];
    assert.equal(outboxEvent.length, 1);
    assert.equal(outboxEvent[0].kind, 'createIncident');
    assert.equal(w.lastStatus()?.pendingCommands, 1);

    const again = await startEngines({ dataDir: path.join(dir, 'engines'), only: ['dispatch'], ports: { dispatch: port }, logger: quietLogger });
    engines.engines.dispatch = again.engines.dispatch;
    await eventually(() => w.lastStatus()?.engines.dispatch.state === 'ready', 'dispatch back', 15_000);
    const queued = await eventually(() => w.incidentsSeen().find((i) => i.type === 'flooding' && i.description === 'ngập khi mất kết nối'), 'queued incident applied', 15_000);
    assert.equal(queued.status, 'new');
    await eventually(() => c1.internals.outbox.list().length === 0 && w.lastStatus()?.pendingCommands === 0, 'outbox empty');
    await eventually(() => [...c2.internals.state.incidents.values()].some((i) => i.description === 'ngập khi mất kết nối'), 'other console sees it');
    const count = [...c2.internals.state.incidents.values()].filter((i) => i.description === 'ngập khi mất kết nối').length;
    assert.equal(count, 1, 'applied exactly once');
  });

  it('a stale status change comes back as a conflict with the current record', async () => {
    const w1 = attachWindow(c1, 'c1-conf');
    const w2 = attachWindow(c2, 'c2-conf');
    const r = await w1.call<CommandReceipt<Incident>>('createIncident', { type: 'fire', priority: 1, location: SITE });
    assert.ok(r.ok && r.value.state === 'applied');
    const inc = (r.value as { record: Incident }).record;
    const first = await w1.call<CommandReceipt<Incident>>('setIncidentStatus', { incidentId: inc.id, status: 'verified', expectedVersion: 1 });
    assert.ok(first.ok && first.value.state === 'applied');
    const stale = await w2.call('setIncidentStatus', { incidentId: inc.id, status: 'cancelled', expectedVersion: 1 });
    assert.equal(stale.ok, false);
    assert.equal(!stale.ok && stale.error.code, 'CONFLICT');
    assert.equal(!stale.ok && (stale.error.current as Incident).status, 'verified');
  });

  it('a restarted console serves the cached picture before any engine answers', async () => {
    const dataDir = path.join(dir, 'c1');
    const ids = [...c1.internals.state.incidents.keys()].sort();
    await c1.stop();
    const offline = await startConsole({ dataDir, engineAddresses: { dispatch: '127.0.0.1:1', siem: '127.0.0.1:1', inference: '127.0.0.1:1' }, embeddedEngines: false });
    try {
      const snap = (await offline.bridge.call('w', 'getSnapshot', {})) as Result<Snapshot>;
      assert.ok(snap.ok);
      assert.deepEqual(snap.value.incidents.map((i) => i.id).sort(), ids);
      assert.ok(snap.value.status.engines.dispatch.lastSeq > 0, 'cursor restored from the cache');
    } finally {
      await offline.stop();
    }
    c1 = await startConsole({ dataDir, engineAddresses: engines.addresses, embeddedEngines: false });
  });
});
