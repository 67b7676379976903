// The dispatch engine on a real SQLite store and a small hand-made road: routes and ETA on
// assignment and as the unit moves, the SOP gate on resolve/close, ward notification, reallocation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { createLogger } from '../../common/log';
import { distanceMeters } from '../../common/domain/geo';
import { EngineError } from '../kit/grpc-errors';
import { DispatchEngine } from './dispatch-engine';
import { assignUnits } from './assignment';
import { notifyWard, tickSopStep } from './incident-sop';
import { loadDispatchRequirements } from './requirements-file';
import { RoadGraph } from './routing/road-graph';
import { Router } from './routing/router';
import { line } from './routing/test-roads';
import { DispatchStore, type StoredUnit } from './store';
import { timelineOf } from './timeline';

// One primary road along lat 21.0 from lon 105.80 to 105.86 (~6.2 km) and a side street north at 105.83.
const router = new Router(
  RoadGraph.build([line('primary', [[105.8, 21.0], [105.83, 21.0]]), line('primary', [[105.83, 21.0], [105.86, 21.0]]), line('residential', [[105.83, 21.0], [105.83, 21.01]])], 'test road'),
);
const wards = [
  { name: 'Tây', center: { lat: 21.0, lon: 105.8 } },
  { name: 'Đông', center: { lat: 21.0, lon: 105.86 } },
];

function unit(id: string, kind: string, agency: string, lon: number, lat = 21.0): StoredUnit {
  return { id, call_sign: id, agency, kind, status: 'available', position: { lat, lon }, heading_deg: 0, speed_kmh: 0, incident_id: '', updated_ms: 0, version: 1 };
}

const rejected = async (p: Promise<unknown>, code: grpc.status, pattern: RegExp) => {
  const err = await p.then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof EngineError, `expected an engine error, got ${String(err)}`);
  assert.equal(grpc.status[err.code], grpc.status[code], err.message);
  assert.match(err.message, pattern);
  return err;
};

describe('dispatch engine: routes, SOP gate, ward notification, reallocation', () => {
  let dir: string;
  let store: DispatchStore;
  let engine: DispatchEngine;
  const rid = () => randomUUID();

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-dispatch-features-'));
    store = await DispatchStore.open(path.join(dir, 'dispatch.sqlite'));
    engine = new DispatchEngine(store, wards, createLogger('test', () => undefined), { router, requirements: loadDispatchRequirements() });
    await engine.seedUnits([
      unit('CA-WEST', 'patrol_car', 'police', 105.8),
      unit('CA-EAST', 'patrol_car', 'police', 105.855),
      unit('AMB-1', 'ambulance', 'ambulance', 105.81),
      unit('FE-1', 'fire_engine', 'fire', 105.82),
      unit('FE-2', 'fire_engine', 'fire', 105.85),
    ]);
  });
  after(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const create = async (type: string, priority: number, lon: number, lat = 21.0) =>
    (await engine.createIncident({ request_id: rid(), type, priority, location: { lat, lon }, description: '', source: 'hotline', actor: 'op1' })).incident;
  const getUnit = async (id: string) => (await store.getUnit(store.db, id))!;
  const getIncident = async (id: string) => (await store.getIncident(store.db, id))!;
  const move = (id: string, lon: number, lat = 21.0) =>
    engine.reportUnitPosition({ request_id: rid(), unit_id: id, position: { lat, lon }, heading_deg: 90, speed_kmh: 40 }).then((r) => r.unit);

  it('stores the road route, ETA and distance on the unit when it is assigned, and trims them as it moves', async () => {
    const inc = await create('medical_emergency', 2, 105.84);
    const { units } = await assignUnits(store, { request_id: rid(), incident_id: inc.id, unit_ids: ['AMB-1'], expected_version: inc.version, actor: 'op1', allow_reallocation: false }, router);
    const amb = units[0];
    assert.equal(amb.status, 'dispatched');
    assert.equal(amb.route_estimate, 'road_graph');
    assert.ok(amb.route!.length > 10, `route follows the road nodes, got ${amb.route!.length} points`);
    assert.deepEqual(amb.route![0], { lat: 21.0, lon: 105.81 });
    assert.deepEqual(amb.route!.at(-1), inc.location);
    // 3 km along the primary road (35 km/h): about 5 minutes.
    assert.ok(amb.route_distance_m! > 3000 && amb.route_distance_m! < 3300, `distance ${amb.route_distance_m}`);
    assert.ok(amb.route_eta_s! > 280 && amb.route_eta_s! < 360, `eta ${amb.route_eta_s}`);
    assert.deepEqual(await getUnit('AMB-1'), amb, 'stored as streamed');

    const halfway = await move('AMB-1', 105.825);
    assert.equal(halfway.status, 'en_route', 'a dispatched unit that moves is en route');
    assert.ok(Math.abs(halfway.route_distance_m! - amb.route_distance_m! / 2) < 120, `half the distance left: ${halfway.route_distance_m} of ${amb.route_distance_m}`);
    assert.ok(halfway.route_eta_s! < amb.route_eta_s! * 0.6 && halfway.route_eta_s! > amb.route_eta_s! * 0.4, `eta ${halfway.route_eta_s} of ${amb.route_eta_s}`);
    assert.deepEqual(halfway.route![0], { lat: 21.0, lon: 105.825 }, 'the route starts where the unit is');
    assert.ok(halfway.route!.every((p) => p.lon >= 105.825 - 1e-9), 'nothing behind the unit is left on the route');

    const detour = await move('AMB-1', 105.83, 21.009);
    assert.ok(detour.route_computed_ms! >= halfway.route_computed_ms!, 'left the route: computed again');
    assert.ok(distanceMeters(detour.route![1], { lat: 21.009, lon: 105.83 }) < 150, `the new route starts on the side street: ${JSON.stringify(detour.route!.slice(0, 3))} ${detour.route_estimate}`);
    assert.ok(detour.route_distance_m! > 1000 + 900, `back down the side street then east: ${detour.route_distance_m}`);

    const there = await move('AMB-1', 105.8399);
    assert.equal(there.status, 'on_scene', `within 40 m of the incident along the road: ${JSON.stringify(there.route)} ${there.route_distance_m}`);
    assert.deepEqual(there.route, []);
    assert.equal(there.incident_id, inc.id);
  });

  it('refuses to resolve or close while required SOP steps are open, naming them; allows it once ticked', async () => {
    const inc = await create('traffic_accident', 3, 105.845);
    const required = inc.sop_steps!.filter((s) => s.required).map((s) => s.id);
    assert.ok(required.length >= 2, 'the traffic accident SOP has required steps');
    const dispatched = (await assignUnits(store, { request_id: rid(), incident_id: inc.id, unit_ids: ['CA-EAST'], expected_version: inc.version, actor: 'op1', allow_reallocation: false }, router)).incident;
    await rejected(
      engine.updateIncidentStatus({ request_id: rid(), incident_id: inc.id, status: 'resolved', expected_version: dispatched.version, actor: 'op1', note: '' }),
      grpc.status.FAILED_PRECONDITION,
      new RegExp(`^sop_steps: incident ${inc.id} cannot be resolved: required SOP steps not ticked: ${required.join(', ')}$`),
    );
    let cur = dispatched;
    for (const id of required.slice(0, -1)) cur = (await tickSopStep(store, { request_id: rid(), incident_id: inc.id, step_id: id, expected_version: cur.version, actor: 'op2' })).incident;
    await rejected(
      engine.updateIncidentStatus({ request_id: rid(), incident_id: inc.id, status: 'resolved', expected_version: cur.version, actor: 'op1', note: '' }),
      grpc.status.FAILED_PRECONDITION,
      new RegExp(`not ticked: ${required.at(-1)}$`),
    );
    assert.equal((await getIncident(inc.id)).status, 'dispatched', 'nothing changed');
    cur = (await tickSopStep(store, { request_id: rid(), incident_id: inc.id, step_id: required.at(-1)!, expected_version: cur.version, actor: 'op2' })).incident;
    const resolved = (await engine.updateIncidentStatus({ request_id: rid(), incident_id: inc.id, status: 'resolved', expected_version: cur.version, actor: 'op1', note: '' })).incident;
    assert.equal(resolved.status, 'resolved');
    const closed = (await engine.updateIncidentStatus({ request_id: rid(), incident_id: inc.id, status: 'closed', expected_version: resolved.version, actor: 'op1', note: '' })).incident;
    assert.equal(closed.status, 'closed');
    const freed = await getUnit('CA-EAST');
    assert.equal(freed.status, 'available');
    assert.deepEqual(freed.route, [], 'a freed unit carries no route');
  });

  it('records a ward notification (who, when) in the timeline and ticks its step', async () => {
    const inc = await create('fire', 1, 105.858);
    await rejected(notifyWard(store, { request_id: rid(), incident_id: inc.id, step_id: 'confirm_location', message: '', actor: 'op1' }), grpc.status.INVALID_ARGUMENT, /^step_id: step confirm_location is not a notify_ward step/);
    const { incident } = await notifyWard(store, { request_id: rid(), incident_id: inc.id, step_id: 'notify_ward', message: '', actor: 'op3' });
    const sent = incident.ward_notifications![0];
    assert.equal(sent.ward, 'Đông');
    assert.equal(sent.sent_by, 'op3');
    assert.match(sent.message, new RegExp(`^${inc.id}: fire P1, Đông`));
    const step = incident.sop_steps!.find((s) => s.id === 'notify_ward')!;
    assert.equal(step.done_by, 'op3');
    assert.equal(step.done_ms, sent.sent_ms);
    const entries = timelineOf(await store.incidentVersions(inc.id));
    const w = entries.find((e) => e.change === 'ward_notified');
    assert.equal(w?.actor, 'op3');
    assert.match(w!.detail, /^Đông: /);
    assert.ok(entries.some((e) => e.change === 'sop_step' && e.detail === 'notify_ward'));
  });

  it('filters recommendations to the unit kind an SOP step requests', async () => {
    const inc = await create('fire', 1, 105.84);
    const r = await engine.recommendUnits({ incident_id: inc.id, max_per_requirement: 0, unit_kind: 'patrol_car' });
    assert.deepEqual(r.requirements!.map((q) => `${q.capability}×${q.count}`), ['police×1'], 'fire needs no police: the kind gives its first capability');
    assert.deepEqual([...new Set(r.requirements![0].suggestions!.map((s) => s.kind))], ['patrol_car'], 'only patrol cars, no motorbikes or others');
    await rejected(engine.recommendUnits({ incident_id: inc.id, max_per_requirement: 0, unit_kind: 'submarine' }), grpc.status.INVALID_ARGUMENT, /^unit_kind: "submarine" is not a unit kind/);
  });

  it('proposes a unit from a lower-priority incident for a P1 with no free unit in time, and moves it in one transaction', async () => {
    // The only patrol car left (CA-WEST) is assigned to a P4 incident; CA-EAST was freed above, so take it out first.
    const noise = await create('public_order', 4, 105.801);
    const onNoise = await assignUnits(store, { request_id: rid(), incident_id: noise.id, unit_ids: ['CA-WEST', 'CA-EAST'], expected_version: noise.version, actor: 'op1', allow_reallocation: false }, router);
    const urgent = await create('cyber_physical', 1, 105.803);
    const r = await engine.recommendUnits({ incident_id: urgent.id, max_per_requirement: 0, unit_kind: '' });
    const police = r.requirements![0];
    assert.equal(police.capability, 'police');
    const taken = police.suggestions!.find((s) => s.proposed)!;
    assert.equal(taken.taken_from_incident_id, noise.id);
    assert.equal(taken.taken_from_priority, 4);
    assert.equal(taken.unit_id, 'CA-WEST', 'the nearer of the two');
    assert.match(taken.taken_from_leaves!, new RegExp(`^${noise.id} keeps 1 of 2 police it needs$`));
    assert.match(taken.explanation!, new RegExp(`taken from ${noise.id} \\(P4\\); ${noise.id} keeps 1 of 2 police`));
    assert.deepEqual([taken.taken_from_keeps, taken.taken_from_needs], [1, 2]);
    assert.deepEqual(r.proposed_unit_ids, ['CA-WEST']);

    // Without the reallocation flag it is a conflict, as before; a P3 may not take units at all.
    await rejected(
      assignUnits(store, { request_id: rid(), incident_id: urgent.id, unit_ids: ['CA-WEST'], expected_version: urgent.version, actor: 'op1', allow_reallocation: false }, router),
      grpc.status.ABORTED,
      /already assigned to incident .*; release it first/,
    );
    const p3 = await create('cyber_physical', 3, 105.803);
    await rejected(
      assignUnits(store, { request_id: rid(), incident_id: p3.id, unit_ids: ['CA-WEST'], expected_version: p3.version, actor: 'op1', allow_reallocation: true }, router),
      grpc.status.ABORTED,
      /only P1–P2 incidents may take units/,
    );

    const done = await assignUnits(store, { request_id: rid(), incident_id: urgent.id, unit_ids: ['CA-WEST'], expected_version: urgent.version, actor: 'op9', allow_reallocation: true }, router);
    assert.deepEqual(done.incident.assigned_unit_ids, ['CA-WEST']);
    assert.equal(done.reallocated_from.length, 1);
    const donor = await getIncident(noise.id);
    assert.deepEqual(donor.assigned_unit_ids, ['CA-EAST'], 'released from the P4 incident');
    assert.equal(donor.version, onNoise.incident.version + 1);
    const unitNow = await getUnit('CA-WEST');
    assert.equal(unitNow.incident_id, urgent.id, 'on exactly one incident: the P1');
    assert.equal(unitNow.status, 'dispatched');
    assert.deepEqual(unitNow.route!.at(-1), urgent.location, 'routed to its new incident');
    const all = (await store.snapshotIncidents(false)).incidents.filter((i) => (i.assigned_unit_ids ?? []).includes('CA-WEST'));
    assert.deepEqual(all.map((i) => i.id), [urgent.id], 'no other incident lists the unit');

    const donorLine = timelineOf(await store.incidentVersions(noise.id)).filter((e) => e.change === 'unit_reallocated');
    const targetLine = timelineOf(await store.incidentVersions(urgent.id)).filter((e) => e.change === 'unit_reallocated');
    assert.deepEqual(donorLine.map((e) => [e.actor, e.detail]), [['op9', `CA-WEST (CA-WEST) taken by ${urgent.id} (P1)`]]);
    assert.deepEqual(targetLine.map((e) => [e.actor, e.detail]), [['op9', `CA-WEST (CA-WEST) taken from ${noise.id} (P4)`]]);
    assert.ok(!timelineOf(await store.incidentVersions(noise.id)).some((e) => e.change === 'units_released'), 'told once, as a reallocation');
  });
});
