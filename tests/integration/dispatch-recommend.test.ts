// Recommendation by ETA on the real central-Hanoi road graph, and transactional dispatch, over gRPC.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import type { StoredUnit } from '../../services/dispatch/store';
import { callUnary, dispatchClient, type DispatchServiceClient } from '../../proto/clients';
import { CURRENT_RECORD_KEY } from '../../proto/loader';
import type { CommandReceipt } from '../../common/bridge/contract';
import type { Incident } from '../../common/domain/incident';
import type { Assignment, Recommendation } from '../../common/domain/recommendation';
import type { Result } from '../../common/result';
import { startConsole } from '../../main/console/start-console';
import { eventually, quietLogger, tempDir } from './helpers';

const HANOI_DATA = path.resolve(__dirname, '../../../shared/data/hanoi');
const ROADS = path.join(HANOI_DATA, 'hanoi_central_roads_osm.geojson');
const HOAN_KIEM = { lat: 21.0288, lon: 105.8525 };

function unit(id: string, kind: string, agency: string, lat: number, lon: number): StoredUnit {
  return { id, call_sign: id, agency, kind, status: 'available', position: { lat, lon }, heading_deg: 0, speed_kmh: 0, incident_id: '', updated_ms: Date.now(), version: 1 };
}

const FLEET = [
  unit('FE-TRANGTIEN', 'fire_engine', 'fire', 21.0245, 105.8535), // ~0.5 km south of the lake
  unit('FE-BADINH', 'fire_engine', 'fire', 21.0368, 105.8345), // ~2 km west
  unit('FE-CAUGIAY', 'fire_engine', 'fire', 21.0333, 105.7990), // ~5.6 km west
  unit('FE-HADONG', 'fire_engine', 'fire', 20.9710, 105.7760), // beyond the road extract
  unit('AMB-HANGBAI', 'ambulance', 'ambulance', 21.0200, 105.8520),
  unit('AMB-TAYHO', 'ambulance', 'ambulance', 21.0650, 105.8230),
  unit('CA-OPERA', 'patrol_car', 'police', 21.0245, 105.8575),
];

const isCode = (code: grpc.status, pattern: RegExp) => (err: unknown) => {
  const e = err as grpc.ServiceError;
  assert.equal(e.code, code, `expected ${grpc.status[code]}, got ${grpc.status[e.code]}: ${e.details}`);
  assert.match(e.details, pattern);
  return true;
};

describe('dispatch recommendation and assignment on the central Hanoi road graph', () => {
  let engines: RunningEngines;
  let a: DispatchServiceClient;
  let b: DispatchServiceClient;

  before(async () => {
    engines = await startEngines({ dataDir: tempDir('recommend'), only: ['dispatch'], demo: false, roadsFile: ROADS, logger: quietLogger });
    await engines.dispatch!.seedUnits(FLEET);
    a = dispatchClient(engines.addresses.dispatch!);
    b = dispatchClient(engines.addresses.dispatch!);
  });
  after(async () => {
    a.close();
    b.close();
    await engines.stop();
  });

  const createFire = async (location = HOAN_KIEM) =>
    (await callUnary(a, a.CreateIncident, { request_id: randomUUID(), type: 'fire', priority: 1, location, description: 'cháy nhà phố cổ', source: 'hotline', actor: 'op1' })).incident!;

  it('ranks fire engines and ambulances for a fire in Hoàn Kiếm by ETA over the road graph, each explained', async () => {
    const incident = await createFire();
    const r = await callUnary(a, a.RecommendUnits, { incident_id: incident.id });
    assert.match(r.routing, /^road graph hanoi_central_roads_osm\.geojson: \d+ nodes/);
    assert.deepEqual(r.requirements.map((q) => `${q.capability}×${q.count}`), ['fire_suppression×2', 'medical×1']);

    const fire = r.requirements[0].suggestions;
    assert.deepEqual(fire.map((s) => s.unit_id), ['FE-TRANGTIEN', 'FE-BADINH', 'FE-CAUGIAY', 'FE-HADONG']);
    const etas = fire.map((s) => s.eta_s);
    assert.deepEqual([...etas].sort((x, y) => x - y), etas, 'ascending ETA');
    for (const s of fire.slice(0, 3)) {
      assert.equal(s.estimate, 'road_graph', `${s.unit_id} is on the graph`);
      assert.match(s.explanation, new RegExp(`^${s.unit_id} \\(fire_engine\\): ETA (\\d+ min )?\\d+ s, [\\d.]+ k?m by road; has fire_suppression; `));
    }
    assert.ok(fire[0].eta_s < 300, `Tràng Tiền is minutes away, got ${fire[0].eta_s} s`);
    assert.ok(fire[0].distance_m > 400 && fire[0].distance_m < 2000, `road distance ${fire[0].distance_m} m`);
    const route = fire[0].route;
    assert.ok(route.length > 5, 'the proposed unit carries its route');
    assert.deepEqual(route[0], FLEET[0].position);
    assert.deepEqual(route[route.length - 1], HOAN_KIEM);

    const hadong = fire[3];
    assert.equal(hadong.estimate, 'straight_line');
    assert.match(hadong.estimate_note, /more than 300 m from the road graph: straight line × 1\.4 at 25 km\/h/);
    assert.match(hadong.explanation, /estimated by straight line/);

    assert.deepEqual(r.requirements[1].suggestions.map((s) => s.unit_id), ['AMB-HANGBAI', 'AMB-TAYHO']);
    const amb = r.requirements[1].suggestions[0];
    assert.deepEqual(amb.capabilities_matched, ['medical']);
    assert.ok(amb.coverage_gaps.length > 0, 'AMB-HANGBAI is the only ambulance within 10 min of central wards');
    assert.ok(amb.coverage_gaps.some((g) => g.ward === 'Hoàn Kiếm' && g.capability === 'medical'));
    assert.match(amb.explanation, /no medical within 10 min of .*Hoàn Kiếm.* after this/);

    assert.deepEqual(r.proposed_unit_ids, ['FE-TRANGTIEN', 'FE-BADINH', 'AMB-HANGBAI']);
    assert.equal(r.incident_version, incident.version);
    assert.match(r.explanation, /^fire needs fire_suppression ×2, medical ×1; proposed FE-TRANGTIEN, FE-BADINH, AMB-HANGBAI, all there within /);
  });

  it('assigns the proposed set in one transaction, once per request_id, and recommends around it', async () => {
    const incident = await createFire({ lat: 21.0301, lon: 105.8489 });
    const rec = await callUnary(a, a.RecommendUnits, { incident_id: incident.id });
    const req = { request_id: randomUUID(), incident_id: incident.id, unit_ids: rec.proposed_unit_ids, expected_version: rec.incident_version, actor: 'op1' };
    const before = await callUnary(a, a.ListUnits, {});
    const r1 = await callUnary(a, a.AssignUnits, req);
    assert.equal(r1.incident!.status, 'dispatched');
    assert.deepEqual(r1.incident!.assigned_unit_ids, rec.proposed_unit_ids);
    assert.equal(r1.incident!.version, incident.version + 1);
    assert.deepEqual(r1.units.map((u) => [u.id, u.status, u.incident_id]), rec.proposed_unit_ids.map((id) => [id, 'dispatched', incident.id]));
    const r2 = await callUnary(b, b.AssignUnits, req);
    assert.deepEqual(r2, r1, 'the retry gets the recorded answer');
    const afterAssign = await callUnary(a, a.ListUnits, {});
    assert.equal(Number(afterAssign.last_seq), Number(before.last_seq) + rec.proposed_unit_ids.length + 1, 'one event per unit and one for the incident, once');

    const again = await callUnary(a, a.RecommendUnits, { incident_id: incident.id });
    assert.deepEqual(again.requirements.map((q) => q.assigned_unit_ids), [rec.proposed_unit_ids.slice(0, 2), rec.proposed_unit_ids.slice(2)]);
    assert.deepEqual(again.proposed_unit_ids, [], 'the requirements are met');

    const released = await callUnary(a, a.ReleaseUnit, { request_id: randomUUID(), unit_id: rec.proposed_unit_ids[2], actor: 'op1' });
    assert.equal(released.unit!.status, 'available');
    assert.equal(released.unit!.incident_id, '');
    assert.deepEqual(released.incident!.assigned_unit_ids, rec.proposed_unit_ids.slice(0, 2));
    await assert.rejects(callUnary(a, a.ReleaseUnit, { request_id: randomUUID(), unit_id: rec.proposed_unit_ids[2] }), isCode(grpc.status.FAILED_PRECONDITION, /is already available/));
    for (const id of rec.proposed_unit_ids.slice(0, 2)) await callUnary(a, a.ReleaseUnit, { request_id: randomUUID(), unit_id: id });
  });

  it('two consoles assigning the same unit at once: exactly one wins, the other gets ABORTED naming unit and incident', async () => {
    const first = await createFire();
    const second = await createFire({ lat: 21.0335, lon: 105.8510 });
    const attempt = (client: DispatchServiceClient, inc: typeof first) =>
      callUnary(client, client.AssignUnits, { request_id: randomUUID(), incident_id: inc.id, unit_ids: ['FE-CAUGIAY'], expected_version: inc.version, actor: 'op' });
    const results = await Promise.allSettled([attempt(a, first), attempt(b, second)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(won.length, 1, 'exactly one winner');
    assert.equal(lost.length, 1, 'exactly one loser');
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof attempt>>>).value.incident!.id;
    const err = lost[0].reason as grpc.ServiceError;
    assert.equal(err.code, grpc.status.ABORTED);
    assert.equal(err.details, `unit FE-CAUGIAY (FE-CAUGIAY) is already assigned to incident ${winner}; release it first`);
    const current = JSON.parse(String(err.metadata.get(CURRENT_RECORD_KEY)[0]));
    assert.equal(current.incident_id, winner);
    const { units } = await callUnary(a, a.ListUnits, {});
    assert.equal(units.find((u) => u.id === 'FE-CAUGIAY')!.incident_id, winner);
    const { incidents } = await callUnary(a, a.ListIncidents, {});
    const loserId = winner === first.id ? second.id : first.id;
    const loser = incidents.find((i) => i.id === loserId)!;
    assert.equal(loser.status, 'new', 'nothing of the losing request was applied');
    assert.equal(loser.version, 1);
    await callUnary(a, a.ReleaseUnit, { request_id: randomUUID(), unit_id: 'FE-CAUGIAY' });
  });

  it('closing or cancelling an incident frees the units still on it', async () => {
    const inc = await createFire();
    const r = await callUnary(a, a.AssignUnits, { request_id: randomUUID(), incident_id: inc.id, unit_ids: ['CA-OPERA', 'AMB-TAYHO'], expected_version: inc.version });
    const cancelled = await callUnary(a, a.UpdateIncidentStatus, { request_id: randomUUID(), incident_id: inc.id, status: 'cancelled', expected_version: r.incident!.version, actor: 'op1' });
    assert.deepEqual(cancelled.incident!.assigned_unit_ids, []);
    const { units } = await callUnary(a, a.ListUnits, {});
    for (const id of ['CA-OPERA', 'AMB-TAYHO']) {
      const u = units.find((x) => x.id === id)!;
      assert.deepEqual([u.status, u.incident_id], ['available', ''], `${id} is free again`);
    }
    await assert.rejects(
      callUnary(a, a.AssignUnits, { request_id: randomUUID(), incident_id: inc.id, unit_ids: ['CA-OPERA'], expected_version: cancelled.incident!.version }),
      isCode(grpc.status.FAILED_PRECONDITION, /incident .* is cancelled; units can only be assigned to an open incident/),
    );
    await assert.rejects(callUnary(a, a.RecommendUnits, { incident_id: inc.id }), isCode(grpc.status.FAILED_PRECONDITION, /is cancelled; there is nothing to dispatch to/));
  });

  it('rejects a stale version and bad fields by name', async () => {
    const inc = await createFire();
    const assign = (extra: Record<string, unknown>) =>
      callUnary(a, a.AssignUnits, { request_id: randomUUID(), incident_id: inc.id, unit_ids: ['CA-OPERA'], expected_version: inc.version, ...extra });
    await assert.rejects(assign({ expected_version: inc.version + 5 }), isCode(grpc.status.ABORTED, /is at version 1, not 6/));
    await assert.rejects(assign({ unit_ids: [] }), isCode(grpc.status.INVALID_ARGUMENT, /^unit_ids: name at least one unit/));
    await assert.rejects(assign({ unit_ids: ['CA-OPERA', 'CA-OPERA'] }), isCode(grpc.status.INVALID_ARGUMENT, /^unit_ids\[1\]: CA-OPERA is listed twice/));
    await assert.rejects(assign({ unit_ids: ['bad id!'] }), isCode(grpc.status.INVALID_ARGUMENT, /^unit_ids\[0\]: "bad id!" is not a unit id/));
    await assert.rejects(assign({ expected_version: 0 }), isCode(grpc.status.INVALID_ARGUMENT, /^expected_version: /));
    await assert.rejects(assign({ incident_id: '' }), isCode(grpc.status.INVALID_ARGUMENT, /^incident_id: is required/));
    await assert.rejects(assign({ request_id: '' }), isCode(grpc.status.INVALID_ARGUMENT, /^request_id: is required/));
    await assert.rejects(assign({ unit_ids: ['U-NOPE'] }), isCode(grpc.status.NOT_FOUND, /unit U-NOPE does not exist/));
    await assert.rejects(callUnary(a, a.RecommendUnits, { incident_id: '' }), isCode(grpc.status.INVALID_ARGUMENT, /^incident_id: is required/));
    await assert.rejects(callUnary(a, a.RecommendUnits, { incident_id: inc.id, max_per_requirement: 50 }), isCode(grpc.status.INVALID_ARGUMENT, /^max_per_requirement: must be from 1 to 20/));
    await assert.rejects(callUnary(a, a.RecommendUnits, { incident_id: 'INC-999999' }), isCode(grpc.status.NOT_FOUND, /incident INC-999999 does not exist/));
    await assert.rejects(callUnary(a, a.ReleaseUnit, { request_id: randomUUID(), unit_id: '' }), isCode(grpc.status.INVALID_ARGUMENT, /^unit_id: is required/));
  });

  it('refuses to start on a roads file that is not roads, naming the features', async () => {
    await assert.rejects(
      startEngines({ dataDir: tempDir('badroads'), only: ['dispatch'], demo: false, roadsFile: path.join(HANOI_DATA, 'hanoi_wards_2025.geojson'), logger: quietLogger }),
      /hanoi_wards_2025\.geojson: 126 invalid features: features\[0\]: properties\.highway is missing/,
    );
  });
});

describe('the console bridge: recommendUnits is a read, assignUnits goes through the outbox', () => {
  let engines: RunningEngines;
  let con: Awaited<ReturnType<typeof startConsole>>;
  const dir = tempDir('recommend-console');

  before(async () => {
    engines = await startEngines({ dataDir: path.join(dir, 'engines'), demo: false, roadsFile: ROADS, logger: quietLogger });
    await engines.dispatch!.seedUnits(FLEET);
    con = await startConsole({ dataDir: path.join(dir, 'console'), engineAddresses: engines.addresses, embeddedEngines: false });
  });
  after(async () => {
    await con?.stop();
    await engines?.stop();
  });

  it('recommends, dispatches the proposed set, and refuses bad arguments by field', async () => {
    const id = 'w-dispatch';
    con.bridge.connect({ id, role: 'incidents', send: () => undefined });
    const call = <T>(method: string, args: unknown) => con.bridge.call(id, method, args) as Promise<Result<T>>;
    await eventually(() => con.internals.links.dispatch.isReady, 'dispatch link ready');
    const created = await call<CommandReceipt<Incident>>('createIncident', { type: 'fire', priority: 1, location: HOAN_KIEM, description: 'cháy' });
    assert.ok(created.ok && created.value.state === 'applied', JSON.stringify(created));
    const incident = (created.value as { record: Incident }).record;

    const rec = await call<Recommendation>('recommendUnits', { incidentId: incident.id });
    assert.ok(rec.ok, JSON.stringify(rec));
    assert.deepEqual(rec.value.proposedUnitIds, ['FE-TRANGTIEN', 'FE-BADINH', 'AMB-HANGBAI']);
    assert.equal(rec.value.requirements[0].suggestions[0].estimate, 'road_graph');
    assert.ok(rec.value.requirements[0].suggestions[0].etaS > 0);

    const assigned = await call<CommandReceipt<Assignment>>('assignUnits', { incidentId: incident.id, unitIds: rec.value.proposedUnitIds, expectedVersion: rec.value.incidentVersion });
    assert.ok(assigned.ok && assigned.value.state === 'applied', JSON.stringify(assigned));
    const record = (assigned.value as { record: Assignment }).record;
    assert.equal(record.incident.status, 'dispatched');
    assert.deepEqual(record.incident.assignedUnitIds, rec.value.proposedUnitIds);
    assert.deepEqual(record.units.map((u) => u.incidentId), rec.value.proposedUnitIds.map(() => incident.id));

    const again = await call<CommandReceipt<Assignment>>('assignUnits', { incidentId: incident.id, unitIds: ['FE-CAUGIAY'], expectedVersion: rec.value.incidentVersion });
    assert.ok(!again.ok);
    assert.equal(again.error.code, 'CONFLICT', 'a stale version is a conflict for the operator');

    const bad = await call('assignUnits', { incidentId: incident.id, unitIds: ['FE-CAUGIAY', 'FE-CAUGIAY'], expectedVersion: 2 });
    assert.ok(!bad.ok && bad.error.field === 'unitIds[1]', JSON.stringify(bad));
    const noId = await call('recommendUnits', {});
    assert.ok(!noId.ok && noId.error.field === 'incidentId');
    const missing = await call('recommendUnits', { incidentId: 'INC-999999' });
    assert.ok(!missing.ok && missing.error.code === 'NOT_FOUND');
  });
});
