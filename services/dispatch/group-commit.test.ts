import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { createLogger } from '../../common/log';
import { EngineError } from '../kit/grpc-errors';
import { RequestIdReused, type LoggedEvent } from '../store/event-log';
import { SqliteDb } from '../store/sqlite-db';
import { DispatchEngine } from './dispatch-engine';
import { DispatchStore, type StoredUnit } from './store';

const quiet = createLogger('test', () => undefined);
const dirs: string[] = [];
const tempFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-group-commit-'));
  dirs.push(dir);
  return path.join(dir, 'dispatch.sqlite');
};
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const unit = (id: string): StoredUnit => ({
  id, call_sign: id, agency: 'police', kind: 'patrol_car', status: 'available', position: { lat: 21.03, lon: 105.85 },
  heading_deg: 0, speed_kmh: 0, incident_id: '', updated_ms: 0, version: 1,
});
const report = (requestId: string, unitId: string, heading = 10) => ({
  request_id: requestId, unit_id: unitId, position: { lat: 21.031, lon: 105.851 }, heading_deg: heading, speed_kmh: 30,
});
const incident = (requestId: string, description: string) => ({
  request_id: requestId, type: 'congestion', priority: 3, location: { lat: 21.02, lon: 105.84 }, description, source: 'camera', actor: 'tester',
});
const settle = (ps: Promise<unknown>[]) => Promise.allSettled(ps);

async function openEngine(file: string) {
  const store = await DispatchStore.open(file);
  const engine = new DispatchEngine(store, [], quiet);
  return { store, engine };
}

describe('group commit of dispatch mutations', () => {
  let file: string;
  let store: DispatchStore;
  let engine: DispatchEngine;
  const heard: LoggedEvent[] = [];

  before(async () => {
    file = tempFile();
    ({ store, engine } = await openEngine(file));
    await engine.seedUnits(['U-1', 'U-2', 'U-3'].map(unit));
    store.log.subscribe((events) => heard.push(...events));
  });
  after(() => store.close());

  it('a rejected mutation does not fail its neighbours in the same batch', async () => {
    // Submitted in one turn of the event loop: they share one batch and one transaction.
    const results = await settle([
      engine.reportUnitPosition(report('req-batch-01', 'U-1', 11)),
      engine.reportUnitPosition(report('req-batch-02', 'U-404', 12)),
      engine.createIncident(incident('req-batch-03', 'crash at Kim Liên')),
      engine.reportUnitPosition(report('req-batch-04', 'U-1', 14)),
    ]);
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const err = (results[1] as PromiseRejectedResult).reason as EngineError;
    assert.equal(err.code, grpc.status.NOT_FOUND);
    assert.match(err.message, /unit U-404/);
    // Both reports of U-1 applied, one after the other.
    const last = ((results[3] as PromiseFulfilledResult<unknown>).value as { unit: StoredUnit }).unit;
    assert.equal(last.version, 3);
    assert.equal(last.heading_deg, 14);
    const stored = await store.getUnit(store.db, 'U-1');
    assert.equal(stored?.version, 3);
    assert.equal(stored?.heading_deg, 14);
  });

  it('a retried request_id in the same batch takes effect once and gets the same answer', async () => {
    const before = (await store.getUnit(store.db, 'U-2'))!.version;
    const [a, b] = await Promise.all([
      engine.reportUnitPosition(report('req-twice-001', 'U-2', 20)),
      engine.reportUnitPosition(report('req-twice-001', 'U-2', 20)),
    ]);
    assert.deepEqual(a, b);
    assert.equal((await store.getUnit(store.db, 'U-2'))!.version, before + 1);
    // Later, after the commit, the recorded answer again; the id used for another method is refused.
    assert.deepEqual(await engine.reportUnitPosition(report('req-twice-001', 'U-2', 20)), a);
    await assert.rejects(engine.createIncident(incident('req-twice-001', 'x')), RequestIdReused);
  });

  it('log order is commit order: watchers hear every event once, in seq order, as stored', async () => {
    heard.length = 0;
    const ps: Promise<unknown>[] = [];
    for (let i = 0; i < 60; i++) {
      ps.push(i % 7 === 0 ? engine.createIncident(incident(`req-order-${i}x`, `order ${i}`)) : engine.reportUnitPosition(report(`req-order-${i}x`, `U-${(i % 3) + 1}`, i)));
      // Spread over several batches, with a transaction (status change) between them.
      if (i === 30) ps.push(engine.updateIncidentStatus({ request_id: 'req-order-status', incident_id: 'INC-000001', status: 'verified', expected_version: 1, actor: 'tester', note: '' }));
      if (i % 20 === 0) await new Promise((r) => setImmediate(r));
    }
    await Promise.all(ps);
    const seqs = heard.map((e) => e.seq);
    assert.deepEqual(seqs, [...seqs].sort((x, y) => x - y), 'published in seq order');
    assert.equal(new Set(seqs).size, seqs.length, 'no event published twice');
    const stored = await store.log.readAfter(seqs[0] - 1, 1000);
    assert.deepEqual(stored.map((e) => e.seq), seqs, 'the log holds exactly what was published, no gap');
    // Each unit's versions rise by one along the log: every report built on the one committed before it.
    for (const id of ['U-1', 'U-2', 'U-3']) {
      const versions = stored.filter((e) => e.kind === 'unit' && e.entityId === id).map((e) => (e.payload as StoredUnit).version);
      versions.forEach((v, i) => i > 0 && assert.equal(v, versions[i - 1] + 1, `${id} versions ${versions.join(',')}`));
    }
  });

  it('answers no caller of a batch whose write fails, and keeps none of its changes', async () => {
    const before = (await store.getUnit(store.db, 'U-3'))!;
    // The disk refuses this batch's log write (a trigger stands in for a full or failing disk).
    await store.db.run("CREATE TRIGGER refuse_batch BEFORE INSERT ON events WHEN NEW.payload LIKE '%refused batch%' BEGIN SELECT RAISE(ABORT, 'disk refused the write'); END");
    heard.length = 0;
    const results = await settle([
      engine.reportUnitPosition(report('req-fail-0001', 'U-3', 33)),
      engine.createIncident(incident('req-fail-0002', 'refused batch')),
    ]);
    await store.db.run('DROP TRIGGER refuse_batch');
    assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
    assert.match(String((results[0] as PromiseRejectedResult).reason), /disk refused the write/);
    assert.equal(heard.length, 0, 'nothing published');
    assert.deepEqual(await store.getUnit(store.db, 'U-3'), before);
    // The in-memory state did not move either: the next report builds on the stored version.
    const next = await engine.reportUnitPosition(report('req-fail-0003', 'U-3', 34));
    assert.equal(next.unit.version, before.version + 1);
    // The refused requests were not recorded: a retry applies them.
    const retried = await engine.reportUnitPosition(report('req-fail-0001', 'U-3', 33));
    assert.equal(retried.unit.version, before.version + 2);
  });

  it('sees changes made by ordinary transactions (assignment) before the next batch', async () => {
    const { incident: inc } = await engine.createIncident(incident('req-assign-01', 'assign me'));
    const { assignUnits } = await import('./assignment');
    await assignUnits(store, { request_id: 'req-assign-02', incident_id: inc.id, unit_ids: ['U-2'], expected_version: 1, actor: 'tester' });
    const { unit: moved } = await engine.reportUnitPosition(report('req-assign-03', 'U-2', 40));
    assert.equal(moved.status, 'dispatched', 'a position report does not undo the assignment');
    assert.equal(moved.incident_id, inc.id);
  });
});

describe('closing the store mid-batch', () => {
  it('commits or refuses every submitted mutation; everything acknowledged is there after reopening', async () => {
    const file = tempFile();
    const first = await openEngine(file);
    await first.engine.seedUnits([unit('U-9')]);
    const ps: Promise<{ unit: StoredUnit }>[] = [];
    for (let i = 0; i < 200; i++) ps.push(first.engine.reportUnitPosition(report(`req-close-${String(i).padStart(4, '0')}`, 'U-9', i)));
    const closing = first.store.close();
    const results = await settle(ps);
    await closing;
    const acked = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    assert.ok(acked.length > 0);
    const db = await SqliteDb.open(file);
    const ids = await db.all<{ request_id: string }>("SELECT request_id FROM requests WHERE request_id LIKE 'req-close-%'");
    const stored = new Set(ids.map((r) => r.request_id));
    for (const i of acked) assert.ok(stored.has(`req-close-${String(i).padStart(4, '0')}`), `acknowledged report ${i} is stored`);
    const u = await db.get<{ version: number }>("SELECT version FROM units WHERE id = 'U-9'");
    assert.equal(u?.version, 1 + acked.length);
    await db.close();
  });
});
