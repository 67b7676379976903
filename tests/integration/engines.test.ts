// Real engines on 127.0.0.1 with real SQLite files: streams, resume, idempotency, conflicts, bad input.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { callUnary, dispatchClient, healthClient, type DispatchServiceClient } from '../../proto/clients';
import { CURRENT_RECORD_KEY } from '../../proto/loader';
import type { DispatchEvent__Output } from '../../proto/gen/watchfloor/dispatch/v1/DispatchEvent';
import { eventually, quietLogger, tempDir } from './helpers';

const HOAN_KIEM = { lat: 21.0288, lon: 105.8525 };

describe('dispatch engine over gRPC', () => {
  let engines: RunningEngines;
  let a: DispatchServiceClient;
  let b: DispatchServiceClient;

  before(async () => {
    engines = await startEngines({ dataDir: tempDir('engines'), only: ['dispatch', 'siem', 'inference'], logger: quietLogger });
    a = dispatchClient(engines.addresses.dispatch!);
    b = dispatchClient(engines.addresses.dispatch!);
  });
  after(async () => {
    a.close();
    b.close();
    await engines.stop();
  });

  const create = (client: DispatchServiceClient, extra: Record<string, unknown> = {}) =>
    callUnary(client, client.CreateIncident, { request_id: randomUUID(), type: 'fire', priority: 1, location: HOAN_KIEM, description: 'khói', source: 'hotline', actor: 'test', ...extra });

  const collect = (client: DispatchServiceClient, afterSeq: number) => {
    const events: DispatchEvent__Output[] = [];
    const stream = client.WatchDispatch({ after_seq: String(afterSeq) });
    stream.on('data', (e: DispatchEvent__Output) => events.push(e));
    stream.on('error', () => undefined);
    return { events, stream };
  };

  it('a second client watching sees an incident the first creates, with the ward resolved', async () => {
    const { last_seq } = await callUnary(a, a.ListIncidents, { include_closed: true });
    const watch = collect(b, Number(last_seq));
    const { incident } = await create(a);
    const seen = await eventually(() => watch.events.find((e) => e.incident?.id === incident!.id), 'the created incident on the stream');
    watch.stream.cancel();
    assert.equal(seen.incident!.status, 'new');
    assert.equal(seen.incident!.ward, 'Hoàn Kiếm');
    assert.equal(seen.incident!.version, 1);
  });

  it('a stream killed mid-way resumes from after_seq with nothing missed and nothing twice', async () => {
    const { last_seq } = await callUnary(a, a.ListIncidents, { include_closed: true });
    const start = Number(last_seq);
    const first = collect(b, start);
    for (let i = 0; i < 5; i++) await create(a, { priority: 2 });
    await eventually(() => first.events.length >= 5, 'five events on the first stream');
    first.stream.cancel();
    const lastSeen = Number(first.events[first.events.length - 1].seq);
    for (let i = 0; i < 5; i++) await create(a, { priority: 3 }); // made while nobody watches
    const resumed = collect(b, lastSeen);
    for (let i = 0; i < 3; i++) await create(a, { priority: 4 }); // made after the resume, live
    await eventually(() => resumed.events.length >= 8, 'replay plus live events');
    await new Promise((r) => setTimeout(r, 200));
    resumed.stream.cancel();
    const seqs = [...first.events, ...resumed.events].map((e) => Number(e.seq));
    assert.deepEqual(seqs, Array.from({ length: 13 }, (_, i) => start + 1 + i), 'contiguous seqs, no gap, no duplicate');
  });

  it('a mutation sent twice with the same request_id applies once', async () => {
    const request_id = randomUUID();
    const before = await callUnary(a, a.ListIncidents, { include_closed: true });
    const req = { request_id, type: 'flooding', priority: 2, location: HOAN_KIEM, description: 'ngập', source: 'sensor', actor: 'test' };
    const r1 = await callUnary(a, a.CreateIncident, req);
    const r2 = await callUnary(b, b.CreateIncident, req);
    const after = await callUnary(a, a.ListIncidents, { include_closed: true });
    assert.equal(r1.incident!.id, r2.incident!.id);
    assert.equal(after.incidents.length, before.incidents.length + 1);
    assert.equal(Number(after.last_seq), Number(before.last_seq) + 1, 'one event logged');
  });

  it('a stale expected_version is rejected with ABORTED and the current record', async () => {
    const { incident } = await create(a);
    await callUnary(a, a.UpdateIncidentStatus, { request_id: randomUUID(), incident_id: incident!.id, status: 'verified', expected_version: 1, actor: 'op-a' });
    const err = await callUnary(b, b.UpdateIncidentStatus, { request_id: randomUUID(), incident_id: incident!.id, status: 'cancelled', expected_version: 1, actor: 'op-b' }).then(
      () => assert.fail('stale update was accepted'),
      (e: grpc.ServiceError) => e,
    );
    assert.equal(err.code, grpc.status.ABORTED);
    const current = JSON.parse(String(err.metadata.get(CURRENT_RECORD_KEY)[0]));
    assert.equal(current.status, 'verified');
    assert.equal(current.version, 2);
    assert.equal(current.updated_by, 'op-a');
  });

  it('rejects an invalid transition by name', async () => {
    const { incident } = await create(a);
    const err = await callUnary(a, a.UpdateIncidentStatus, { request_id: randomUUID(), incident_id: incident!.id, status: 'closed', expected_version: 1, actor: 't' }).catch((e: grpc.ServiceError) => e);
    assert.equal((err as grpc.ServiceError).code, grpc.status.FAILED_PRECONDITION);
    assert.match((err as grpc.ServiceError).details, /from new to closed/);
  });

  for (const [name, patch, field, pattern] of [
    ['missing type', { type: '' }, 'type', /type is required/],
    ['coordinates outside Hanoi', { location: { lat: 10.77, lon: 106.7 } }, 'location', /outside Hanoi/],
    ['priority out of range', { priority: 9 }, 'priority', /1 to 4, got 9/],
    ['missing request_id', { request_id: '' }, 'request_id', /required/],
  ] as const) {
    it(`answers ${name} with INVALID_ARGUMENT naming ${field}, and keeps serving`, async () => {
      const err = await create(a, patch as Record<string, unknown>).catch((e: grpc.ServiceError) => e);
      assert.equal((err as grpc.ServiceError).code, grpc.status.INVALID_ARGUMENT);
      assert.ok((err as grpc.ServiceError).details.startsWith(`${field}: `), (err as grpc.ServiceError).details);
      assert.match((err as grpc.ServiceError).details, pattern);
      const ok = await create(a);
      assert.match(ok.incident!.id, /^INC-\d{6}$/);
    });
  }

  it('rejects a negative after_seq and serves grpc.health.v1', async () => {
    const stream = a.WatchDispatch({ after_seq: '-5' });
    const err = await new Promise<grpc.ServiceError>((resolve) => stream.on('error', resolve));
    assert.equal(err.code, grpc.status.INVALID_ARGUMENT);
    const h = healthClient(engines.addresses.dispatch!);
    const res = await callUnary(h, h.Check, { service: 'watchfloor.dispatch.v1.DispatchService' });
    h.close();
    assert.equal(res.status, 'SERVING');
  });
});
