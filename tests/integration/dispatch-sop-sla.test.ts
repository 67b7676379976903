// SOP checklists, notes and the incident timeline on real engines over gRPC, and through the console bridge.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { callUnary, dispatchClient, type DispatchServiceClient } from '../../proto/clients';
import type { CommandReceipt } from '../../common/bridge/contract';
import type { Incident } from '../../common/domain/incident';
import type { TimelineEntry } from '../../common/domain/sop';
import type { Result } from '../../common/result';
import { startConsole } from '../../main/console/start-console';
import { recordSlaBreaches } from '../../services/dispatch/sla-timer';
import { eventually, quietLogger, tempDir } from './helpers';

const HOAN_KIEM = { lat: 21.0288, lon: 105.8525 };

const rejects = (code: grpc.status, pattern: RegExp) => (err: unknown) => {
  const e = err as grpc.ServiceError;
  assert.equal(e.code, code, `expected ${grpc.status[code]}, got ${grpc.status[e.code]}: ${e.details}`);
  assert.match(e.details, pattern);
  return true;
};

describe('SOP checklist, notes and timeline over gRPC', () => {
  let engines: RunningEngines;
  let c: DispatchServiceClient;

  before(async () => {
    engines = await startEngines({ dataDir: tempDir('sop'), only: ['dispatch'], demo: false, logger: quietLogger });
    c = dispatchClient(engines.addresses.dispatch!);
  });
  after(async () => {
    c.close();
    await engines.stop();
  });

  it('attaches the type SOP, records who ticked a step and when, once', async () => {
    const created = await callUnary(c, c.CreateIncident, { request_id: randomUUID(), type: 'fire', priority: 1, location: HOAN_KIEM, source: 'hotline', actor: 'an' }, 5000);
    const inc = created.incident!;
    assert.equal(inc.sop_id, 'fire');
    assert.ok(inc.sop_steps.length >= 5);
    assert.deepEqual(inc.sop_steps.slice(0, 2).map((s) => [s.id, s.required, s.action, s.action_param, s.done_by]), [
      ['confirm_location', true, '', '', ''],
      ['request_fire_engines', true, 'request_unit_type', 'fire_engine', ''],
    ]);

    const tickId = randomUUID();
    const t0 = Date.now();
    const ticked = (await callUnary(c, c.TickSopStep, { request_id: tickId, incident_id: inc.id, step_id: 'confirm_location', expected_version: 1, actor: 'binh' }, 5000)).incident!;
    const step = ticked.sop_steps.find((s) => s.id === 'confirm_location')!;
    assert.equal(step.done_by, 'binh');
    assert.ok(Number(step.done_ms) >= t0);
    assert.equal(ticked.version, 2);

    const retried = (await callUnary(c, c.TickSopStep, { request_id: tickId, incident_id: inc.id, step_id: 'confirm_location', expected_version: 1, actor: 'binh' }, 5000)).incident!;
    assert.equal(retried.version, 2, 'a retried request applies once');
    const again = (await callUnary(c, c.TickSopStep, { request_id: randomUUID(), incident_id: inc.id, step_id: 'confirm_location', expected_version: 1, actor: 'chi' }, 5000)).incident!;
    assert.equal(again.version, 2, 'ticking a done step changes nothing');
    assert.equal(again.sop_steps.find((s) => s.id === 'confirm_location')!.done_by, 'binh');

    await assert.rejects(
      callUnary(c, c.TickSopStep, { request_id: randomUUID(), incident_id: inc.id, step_id: 'call_the_mayor', expected_version: 2, actor: 'chi' }, 5000),
      rejects(grpc.status.INVALID_ARGUMENT, /step_id: "call_the_mayor" is not a step of incident INC-\d+'s SOP \(steps: confirm_location, request_fire_engines/),
    );
    await assert.rejects(
      callUnary(c, c.TickSopStep, { request_id: randomUUID(), incident_id: inc.id, step_id: 'notify_ward', expected_version: 1, actor: 'chi' }, 5000),
      rejects(grpc.status.ABORTED, /is at version 2, not 1/),
    );
    await assert.rejects(
      callUnary(c, c.TickSopStep, { request_id: randomUUID(), incident_id: 'INC-999999', step_id: 'notify_ward', expected_version: 1 }, 5000),
      rejects(grpc.status.NOT_FOUND, /incident INC-999999 does not exist/),
    );

    await assert.rejects(callUnary(c, c.AddIncidentNote, { request_id: randomUUID(), incident_id: inc.id, text: '   ' }, 5000), rejects(grpc.status.INVALID_ARGUMENT, /^text: is required/));
    await assert.rejects(
      callUnary(c, c.AddIncidentNote, { request_id: randomUUID(), incident_id: inc.id, text: 'x'.repeat(2001) }, 5000),
      rejects(grpc.status.INVALID_ARGUMENT, /text: at most 2000 characters, got 2001/),
    );
    const noted = (await callUnary(c, c.AddIncidentNote, { request_id: randomUUID(), incident_id: inc.id, text: 'Khói tầng 3', actor: 'dung' }, 5000)).incident!;
    assert.deepEqual(noted.notes.map((n) => [n.text, n.author]), [['Khói tầng 3', 'dung']]);
    await callUnary(c, c.UpdateIncidentStatus, { request_id: randomUUID(), incident_id: inc.id, status: 'verified', expected_version: noted.version, actor: 'an' }, 5000);

    const tl = await callUnary(c, c.GetIncidentTimeline, { incident_id: inc.id }, 5000);
    assert.deepEqual(tl.entries.map((e) => [e.actor, e.change, e.detail]), [
      ['an', 'created', `fire P1 from hotline in ${inc.ward}`],
      ['binh', 'sop_step', 'confirm_location'],
      ['dung', 'note', 'Khói tầng 3'],
      ['an', 'status', 'new → verified'],
    ]);
    await assert.rejects(callUnary(c, c.GetIncidentTimeline, { incident_id: 'INC-424242' }, 5000), rejects(grpc.status.NOT_FOUND, /INC-424242/));
  });
});

describe('SOP ticks, notes and timeline through the console bridge', () => {
  let engines: RunningEngines;
  let con: Awaited<ReturnType<typeof startConsole>>;
  const dir = tempDir('sop-console');

  before(async () => {
    engines = await startEngines({ dataDir: path.join(dir, 'engines'), demo: false, logger: quietLogger });
    con = await startConsole({ dataDir: path.join(dir, 'console'), engineAddresses: engines.addresses, embeddedEngines: false });
  });
  after(async () => {
    await con?.stop();
    await engines?.stop();
  });

  it('ticks a step, adds a note and reads the timeline; bad arguments are refused by field', async () => {
    const id = 'w-sop';
    con.bridge.connect({ id, role: 'incidents', send: () => undefined });
    const call = <T>(method: string, args: unknown) => con.bridge.call(id, method, args) as Promise<Result<T>>;
    await eventually(() => con.internals.links.dispatch.isReady, 'dispatch link ready');
    const created = await call<CommandReceipt<Incident>>('createIncident', { type: 'flooding', priority: 2, location: HOAN_KIEM, description: 'ngập sâu 40 cm' });
    assert.ok(created.ok && created.value.state === 'applied', JSON.stringify(created));
    const incident = (created.value as { record: Incident }).record;
    assert.equal(incident.sopSteps?.[0].id, 'confirm_depth');

    const ticked = await call<CommandReceipt<Incident>>('tickSopStep', { incidentId: incident.id, stepId: 'confirm_depth', expectedVersion: incident.version });
    assert.ok(ticked.ok && ticked.value.state === 'applied', JSON.stringify(ticked));
    const after1 = (ticked.value as { record: Incident }).record;
    assert.ok(after1.sopSteps![0].doneMs > 0 && after1.sopSteps![0].doneBy !== '');

    const unknown = await call('tickSopStep', { incidentId: incident.id, stepId: 'no_such_step', expectedVersion: after1.version });
    assert.ok(!unknown.ok && /no_such_step/.test(unknown.error.message), JSON.stringify(unknown));
    const badStep = await call('tickSopStep', { incidentId: incident.id, stepId: 'Bad Step', expectedVersion: 1 });
    assert.ok(!badStep.ok && badStep.error.field === 'stepId', JSON.stringify(badStep));
    const empty = await call('addIncidentNote', { incidentId: incident.id, text: '  ' });
    assert.ok(!empty.ok && empty.error.field === 'text', JSON.stringify(empty));

    const noted = await call<CommandReceipt<Incident>>('addIncidentNote', { incidentId: incident.id, text: 'Đã báo UBND phường' });
    assert.ok(noted.ok && noted.value.state === 'applied', JSON.stringify(noted));
    const tl = await call<TimelineEntry[]>('getIncidentTimeline', { incidentId: incident.id });
    assert.ok(tl.ok, JSON.stringify(tl));
    assert.deepEqual(tl.value.map((e) => e.change), ['created', 'sop_step', 'note']);
    const noId = await call('getIncidentTimeline', {});
    assert.ok(!noId.ok && noId.error.field === 'incidentId');

    const dup = await call<CommandReceipt<Incident>>('createIncident', { type: 'flooding', priority: 3, location: HOAN_KIEM, description: 'ngập (camera)', source: 'camera' });
    assert.ok(dup.ok && dup.value.state === 'applied');
    const dupId = (dup.value as { record: Incident }).record.id;
    const self = await call('mergeIncidents', { incidentId: dupId, intoId: dupId, expectedVersion: 1 });
    assert.ok(!self.ok && self.error.field === 'intoId' && self.error.key === 'error.mergeSelf', JSON.stringify(self));
    const merged = await call<CommandReceipt<{ incident: Incident; target: Incident }>>('mergeIncidents', { incidentId: dupId, intoId: incident.id.toLowerCase(), expectedVersion: 1 });
    assert.ok(merged.ok && merged.value.state === 'applied', JSON.stringify(merged));
    const rec = (merged.value as { record: { incident: Incident; target: Incident } }).record;
    assert.equal(rec.incident.status, 'merged');
    assert.equal(rec.incident.mergedInto, incident.id);
    assert.deepEqual(rec.target.mergedIds, [dupId]);
    await eventually(() => con.internals.state.incidents.get(dupId)?.status === 'merged', 'merged incident in the console state');
  });
});

describe('SLA deadlines and breaches on a real engine', () => {
  let engines: RunningEngines;
  let c: DispatchServiceClient;

  before(async () => {
    engines = await startEngines({ dataDir: tempDir('sla'), only: ['dispatch'], demo: false, logger: quietLogger });
    c = dispatchClient(engines.addresses.dispatch!);
  });
  after(async () => {
    c.close();
    await engines.stop();
  });

  it('sets deadlines by source and priority and streams one breach event per missed milestone', async () => {
    const hotline = (await callUnary(c, c.CreateIncident, { request_id: randomUUID(), type: 'fire', priority: 1, location: HOAN_KIEM, source: 'hotline' }, 5000)).incident!;
    const created = Number(hotline.created_ms);
    assert.equal(Number(hotline.sla_dispatch_due_ms), created + 3 * 60_000, 'hotline P1: dispatched within 3 min');
    assert.equal(Number(hotline.sla_resolve_due_ms), created + 120 * 60_000);
    const citizen = (await callUnary(c, c.CreateIncident, { request_id: randomUUID(), type: 'illegal_dumping', priority: 3, location: HOAN_KIEM, source: 'citizen' }, 5000)).incident!;
    assert.equal(Number(citizen.sla_resolve_due_ms), Number(citizen.created_ms) + 24 * 60 * 60_000, 'citizen reports: handled within 24 h');

    const seen: { id: string; breaches: string[]; by: string }[] = [];
    const watch = c.WatchDispatch({ after_seq: 0 });
    watch.on('data', (e: { incident?: { id: string; sla_breaches: string[]; updated_by: string } }) => {
      if (e.incident?.sla_breaches.length) seen.push({ id: e.incident.id, breaches: e.incident.sla_breaches, by: e.incident.updated_by });
    });
    watch.on('error', () => undefined);
    const store = engines.dispatch!.store;
    assert.deepEqual(await recordSlaBreaches(store, created + 60_000), [], 'nothing is due after one minute');
    const first = await recordSlaBreaches(store, created + 4 * 60_000);
    assert.deepEqual(first.map((i) => [i.id, i.sla_breaches]), [[hotline.id, ['dispatch']]]);
    assert.deepEqual(await recordSlaBreaches(store, created + 5 * 60_000), [], 'a breach is recorded once');
    await eventually(() => seen.length === 1, 'breach streamed');
    watch.cancel();
    assert.deepEqual(seen, [{ id: hotline.id, breaches: ['dispatch'], by: 'sla-timer' }]);
    const tl = await callUnary(c, c.GetIncidentTimeline, { incident_id: hotline.id }, 5000);
    assert.deepEqual(tl.entries.map((e) => [e.actor, e.change, e.detail]).slice(1), [['sla-timer', 'sla_breach', 'dispatch']]);
  });
});
