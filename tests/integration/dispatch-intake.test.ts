// Citizen reports over gRPC and HTTP with duplicate detection, and merging duplicates, on a real engine.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { callUnary, dispatchClient, type DispatchServiceClient } from '../../proto/clients';
import { MAX_REPORT_BODY_BYTES } from '../../services/dispatch/intake-http';
import { quietLogger, tempDir } from './helpers';

const LAKE = { lat: 21.0288, lon: 105.8525 };
const NEAR_LAKE = { lat: 21.0297, lon: 105.8527 }; // ~100 m
const FAR = { lat: 21.0450, lon: 105.8500 }; // ~1.8 km

const rejects = (code: grpc.status, pattern: RegExp) => (err: unknown) => {
  const e = err as grpc.ServiceError;
  assert.equal(e.code, code, `expected ${grpc.status[code]}, got ${grpc.status[e.code]}: ${e.details}`);
  assert.match(e.details, pattern);
  return true;
};

describe('citizen report intake and merge', () => {
  let engines: RunningEngines;
  let c: DispatchServiceClient;
  let url: string;

  before(async () => {
    engines = await startEngines({ dataDir: tempDir('intake'), only: ['dispatch'], demo: false, logger: quietLogger });
    c = dispatchClient(engines.addresses.dispatch!);
    url = `http://${engines.intakeHttpAddress}/v1/citizen-reports`;
  });
  after(async () => {
    c.close();
    await engines.stop();
  });

  const post = async (body: string, contentType = 'application/json') => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: r.status, json: (await r.json()) as Record<string, unknown> };
  };

  it('creates an incident from the first report and proposes a merge for a nearby duplicate', async () => {
    const first = await callUnary(c, c.SubmitCitizenReport, { request_id: randomUUID(), type: 'flooding', location: LAKE, description: 'Ngập sâu phố Đinh Tiên Hoàng', reporter: 'Lan' }, 5000);
    assert.equal(first.outcome, 'created');
    assert.equal(first.incident!.source, 'citizen');
    assert.equal(first.incident!.priority, 3);
    assert.equal(first.incident!.updated_by, 'citizen:Lan');
    assert.equal(Number(first.incident!.sla_resolve_due_ms) - Number(first.incident!.created_ms), 24 * 3600_000);

    const http = await post(JSON.stringify({ type: 'flooding', location: NEAR_LAKE, description: 'Nước ngập qua bánh xe máy' }));
    assert.equal(http.status, 200);
    assert.equal(http.json.outcome, 'proposed_merge');
    assert.equal(http.json.incident_id, first.incident!.id);
    assert.ok((http.json.distance_m as number) > 80 && (http.json.distance_m as number) < 120, String(http.json.distance_m));
    const { incidents } = await callUnary(c, c.ListIncidents, {}, 5000);
    const linked = incidents.find((i) => i.id === first.incident!.id)!;
    assert.deepEqual(linked.linked_reports.map((r) => [r.report_id, r.description]), [[http.json.report_id, 'Nước ngập qua bánh xe máy']]);

    const farType = await post(JSON.stringify({ type: 'flooding', location: FAR, description: 'Ngập ở Tây Hồ' }));
    assert.equal(farType.status, 201);
    assert.equal(farType.json.outcome, 'created');
    const otherType = await post(JSON.stringify({ type: 'fallen_tree', location: LAKE, description: 'Cây đổ' }));
    assert.equal(otherType.json.outcome, 'created');
  });

  it('refuses bad reports with the field named, over HTTP and gRPC', async () => {
    assert.deepEqual(await post(JSON.stringify({ type: 'flooding', location: LAKE })), { status: 400, json: { error: { field: 'description', message: 'is required: say what is happening (1 to 2,000 characters)' } } });
    const volcano = await post(JSON.stringify({ type: 'volcano', location: LAKE, description: 'x' }));
    assert.equal(volcano.status, 400);
    assert.equal((volcano.json.error as { field: string }).field, 'type');
    const far = await post(JSON.stringify({ type: 'flooding', location: { lat: 10.77, lon: 106.7 }, description: 'Sài Gòn' }));
    assert.equal(far.status, 400);
    assert.equal((far.json.error as { field: string }).field, 'location');
    assert.equal((await post('{"type": "flooding",', 'application/json')).status, 400);
    assert.equal((await post('type=flooding', 'application/x-www-form-urlencoded')).status, 415);
    const big = await post(JSON.stringify({ type: 'flooding', location: LAKE, description: 'x'.repeat(MAX_REPORT_BODY_BYTES) })).catch(() => ({ status: 413, json: {} }));
    assert.equal(big.status, 413);
    const get = await fetch(url);
    assert.equal(get.status, 405);
    await assert.rejects(
      callUnary(c, c.SubmitCitizenReport, { request_id: randomUUID(), type: 'flooding', location: LAKE, description: 'x', priority: 9 }, 5000),
      rejects(grpc.status.INVALID_ARGUMENT, /^priority: priority must be an integer from 1 to 4, got 9/),
    );
  });

  it('merges a duplicate into the survivor; a merged incident cannot be merged again', async () => {
    const mk = async (source: string) =>
      (await callUnary(c, c.CreateIncident, { request_id: randomUUID(), type: 'traffic_accident', priority: 2, location: FAR, source, actor: 'an' }, 5000)).incident!;
    const hotline = await mk('hotline');
    const camera = await mk('camera');
    const r = await callUnary(c, c.MergeIncidents, { request_id: randomUUID(), source_incident_id: camera.id, target_incident_id: hotline.id, expected_source_version: 1, actor: 'binh' }, 5000);
    assert.equal(r.source!.status, 'merged');
    assert.equal(r.source!.merged_into, hotline.id);
    assert.deepEqual(r.target!.merged_ids, [camera.id]);
    await assert.rejects(
      callUnary(c, c.MergeIncidents, { request_id: randomUUID(), source_incident_id: camera.id, target_incident_id: hotline.id, expected_source_version: 2 }, 5000),
      rejects(grpc.status.FAILED_PRECONDITION, /is merged; only open incidents can be merged/),
    );
    await assert.rejects(
      callUnary(c, c.MergeIncidents, { request_id: randomUUID(), source_incident_id: hotline.id, target_incident_id: hotline.id, expected_source_version: 2 }, 5000),
      rejects(grpc.status.INVALID_ARGUMENT, /cannot merge .* into itself/),
    );
    const tl = await callUnary(c, c.GetIncidentTimeline, { incident_id: camera.id }, 5000);
    assert.deepEqual(tl.entries.slice(1).map((e) => [e.actor, e.change, e.detail]), [['binh', 'status', 'new → merged'], ['binh', 'merged', `into ${hotline.id}`]]);
    const open = await callUnary(c, c.ListIncidents, {}, 5000);
    assert.ok(!open.incidents.some((i) => i.id === camera.id), 'merged incidents leave the open list');
  });
});
