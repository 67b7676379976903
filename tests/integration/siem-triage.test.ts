// The analyst's side of the SIEM engine on 127.0.0.1 with real SQLite: triage lifecycle with
// versions, the events behind an alert, suppression preview and effect, cases with extracted
// observables, and MTTD/MTTA/MTTR on a known scenario.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { callUnary, siemClient, type SiemServiceClient } from '../../proto/clients';
import type { Alert__Output } from '../../proto/gen/watchfloor/siem/v1/Alert';
import { quietLogger, tempDir } from './helpers';

const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const ids = (asset: string, sig: string, over: Record<string, unknown> = {}) => ({
  time_ms: String(Date.now() - 60_000),
  host: asset.toLowerCase(),
  source_ip: '185.220.101.9',
  destination_ip: '10.30.1.2',
  action: 'ids_alert',
  outcome: 'unknown',
  severity: 'critical',
  product: 'suricata',
  asset_id: asset,
  signature: sig,
  mitre_technique: 'T1190',
  user: 'admin',
  raw: `{"event_type":"alert","src_ip":"185.220.101.9","http":{"hostname":"c2.badcam.example"},"fileinfo":{"sha256":"${SHA}"},"alert":{"signature":"${sig}"}}`,
  ...over,
});

async function rejected(p: Promise<unknown>): Promise<grpc.ServiceError> {
  try {
    await p;
  } catch (err) {
    return err as grpc.ServiceError;
  }
  assert.fail('expected the call to be refused');
}

describe('SIEM triage, suppressions, cases and metrics', () => {
  let engines: RunningEngines;
  let c: SiemServiceClient;

  before(async () => {
    engines = await startEngines({ dataDir: tempDir('siem-triage'), only: ['siem'], logger: quietLogger });
    c = siemClient(engines.addresses.siem!);
  });
  after(async () => {
    c.close();
    await engines.stop();
  });

  const raise = async (asset: string, sig: string, over: Record<string, unknown> = {}): Promise<Alert__Output> => {
    await callUnary(c, c.IngestEvents, { request_id: randomUUID(), events: [ids(asset, sig, over)] });
    const { alerts } = await callUnary(c, c.ListAlerts, { include_closed: true });
    const a = alerts.find((x) => x.asset_id === asset && x.title === sig);
    assert.ok(a, `an alert for ${asset}`);
    return a;
  };
  const update = (a: { id: string; version: number }, change: Record<string, unknown>, actor = 'lan.nguyen') =>
    callUnary(c, c.UpdateAlert, { request_id: randomUUID(), alert_id: a.id, expected_version: a.version, actor, ...change }).then((r) => r.alert!);

  it('walks an alert new → acknowledged → in_progress → closed with assignee, disposition and notes', async () => {
    const a = await raise('CAM-0002', 'ET EXPLOIT Hikvision command injection');
    assert.equal(a.status, 'new');
    assert.deepEqual(a.attack_tags, []);
    assert.equal(a.asset_criticality, 3);
    const assigned = await update(a, { assignee: 'lan.nguyen' });
    assert.equal(assigned.assignee, 'lan.nguyen');
    assert.equal(assigned.status, 'new');
    const acked = await update(assigned, { status: 'acknowledged' });
    assert.ok(Number(acked.acknowledged_ms) >= Number(acked.created_ms));
    const working = await update(acked, { status: 'in_progress', note: 'Blocked 185.220.101.9 at the edge firewall' });
    assert.equal(working.notes.length, 1);
    assert.equal(working.notes[0].author, 'lan.nguyen');
    const noDisposition = await rejected(update(working, { status: 'closed' }));
    assert.equal(noDisposition.code, grpc.status.INVALID_ARGUMENT);
    assert.match(noDisposition.details, /^disposition: is required to close/);
    const closed = await update(working, { status: 'closed', disposition: 'true_positive' });
    assert.equal(closed.status, 'closed');
    assert.equal(closed.disposition, 'true_positive');
    assert.ok(Number(closed.closed_ms) >= Number(closed.acknowledged_ms));
    const back = await rejected(update(closed, { status: 'acknowledged' }));
    assert.match(back.details, /^status: /);
    const reopened = await update(closed, { status: 'in_progress' });
    assert.equal(reopened.closed_ms, '0');
  });

  it('names the field of a bad triage request', async () => {
    const a = await raise('CAM-0003', 'ET SCAN RTSP brute force');
    for (const [change, field] of [
      [{ status: 'new' }, 'status'],
      [{ status: 'archived' }, 'status'],
      [{ disposition: 'maybe' }, 'disposition'],
      [{}, 'status'],
      [{ assignee: 'x', unassign: true }, 'assignee'],
      [{ note: 'x'.repeat(4001) }, 'note'],
    ] as const) {
      const err = await rejected(update(a, change));
      assert.equal(err.code, grpc.status.INVALID_ARGUMENT, JSON.stringify(change));
      assert.ok(err.details.startsWith(`${field}: `), `${JSON.stringify(change)} → ${err.details}`);
    }
    const version = await rejected(update({ id: a.id, version: 0 }, { status: 'acknowledged' }));
    assert.match(version.details, /^expected_version: /);
    const missing = await rejected(update({ id: 'ALR-999999', version: 1 }, { status: 'acknowledged' }));
    assert.equal(missing.code, grpc.status.NOT_FOUND);
  });

  it('rejects a stale version after someone else triaged, but not after a grouping bump', async () => {
    const a = await raise('CAM-0004', 'ET POLICY camera telnet login');
    const grown = await raise('CAM-0004', 'ET POLICY camera telnet login');
    assert.equal(grown.count, 2);
    assert.ok(grown.version > a.version);
    const mine = await update(a, { assignee: 'minh.tran' }, 'minh.tran');
    const stale = await rejected(update(a, { assignee: 'lan.nguyen' }));
    assert.equal(stale.code, grpc.status.ABORTED);
    const current = JSON.parse(String(stale.metadata.get('current-record-bin')[0]));
    assert.equal(current.assignee, 'minh.tran');
    assert.equal(current.version, mine.version);
  });

  it('keeps the normalised events and raw lines behind an alert, the last 20', async () => {
    let a = await raise('CAM-0005', 'ET EXPLOIT NVR path traversal');
    for (let i = 0; i < 24; i++) a = await raise('CAM-0005', 'ET EXPLOIT NVR path traversal', { source_port: 40000 + i });
    const { events } = await callUnary(c, c.GetAlertEvents, { alert_id: a.id });
    assert.equal(a.count, 25);
    assert.equal(events.length, 20);
    assert.equal(events.at(-1)!.source_port, 40023);
    assert.equal(events[0].source_port, 40004);
    assert.match(events[0].raw, /badcam/);
    const none = await rejected(callUnary(c, c.GetAlertEvents, { alert_id: 'ALR-404' }));
    assert.equal(none.code, grpc.status.NOT_FOUND);
  });

  it('previews a suppression from stored alerts, then hides and counts matching detections', async () => {
    await raise('CAM-0006', 'ET SCAN Mirai telnet', { source_ip: '45.95.147.10' });
    await raise('CAM-0007', 'ET SCAN Mirai telnet', { source_ip: '45.95.147.10' });
    await raise('CAM-0007', 'ET SCAN Mirai telnet', { source_ip: '45.95.147.10' });
    const preview = await callUnary(c, c.PreviewSuppression, { match: { source_ip: '45.95.147.10' }, hours: 24 });
    assert.deepEqual({ alerts: preview.alerts, events: Number(preview.events), rules: preview.rules, rule_ids: preview.rule_ids }, { alerts: 2, events: 3, rules: 1, rule_ids: ['wf-ids-signature'] });
    const empty = await rejected(callUnary(c, c.PreviewSuppression, { match: {} }));
    assert.match(empty.details, /^match: /);
    const badRule = await rejected(callUnary(c, c.PreviewSuppression, { match: { rule_id: 'wf-nope' } }));
    assert.match(badRule.details, /^match\.rule_id: /);
    const badExpiry = await rejected(callUnary(c, c.CreateSuppression, { request_id: randomUUID(), match: { source_ip: '45.95.147.10' }, reason: 'scanner', expires_ms: Date.now() - 1 }));
    assert.match(badExpiry.details, /^expires_ms: /);
    const { suppression } = await callUnary(c, c.CreateSuppression, {
      request_id: randomUUID(), match: { source_ip: '45.95.147.10' }, reason: 'Known internet scanner, blocked at the edge', expires_ms: Date.now() + 3_600_000, actor: 'lan.nguyen',
    });
    assert.match(suppression!.id, /^SUP-/);
    const r = await callUnary(c, c.IngestEvents, { request_id: randomUUID(), events: [ids('CAM-0008', 'ET SCAN Mirai telnet', { source_ip: '45.95.147.10' })] });
    assert.equal(r.accepted, 1);
    assert.equal(r.alerts_raised, 0);
    const { alerts } = await callUnary(c, c.ListAlerts, { include_closed: true });
    assert.ok(!alerts.some((a) => a.asset_id === 'CAM-0008'));
    const { suppressions } = await callUnary(c, c.ListSuppressions, {});
    assert.equal(Number(suppressions.find((s) => s.id === suppression!.id)!.hits), 1);
  });

  it('opens a case from alerts with observables extracted, tasks, timeline and an incident link', async () => {
    const a1 = await raise('CAM-0009', 'ET MALWARE camera botnet beacon');
    const a2 = await raise('NVR-01', 'ET MALWARE camera botnet beacon', { user: 'svc-nvr', source_ip: '10.30.9.9' });
    const bad = await rejected(callUnary(c, c.CreateCase, { request_id: randomUUID(), alert_ids: [a1.id, 'ALR-404'] }));
    assert.match(bad.details, /^alert_ids: alert "ALR-404" does not exist/);
    const { case: kase } = await callUnary(c, c.CreateCase, { request_id: randomUUID(), alert_ids: [a1.id, a2.id], actor: 'lan.nguyen' });
    const obs = (kind: string) => kase!.observables.filter((o) => o.kind === kind).map((o) => o.value);
    assert.deepEqual(obs('ip'), ['10.30.1.2', '10.30.9.9', '185.220.101.9']);
    assert.deepEqual(obs('domain'), ['c2.badcam.example']);
    assert.deepEqual(obs('hash'), [SHA]);
    assert.deepEqual(obs('user'), ['admin', 'svc-nvr']);
    assert.deepEqual(obs('asset'), ['CAM-0009', 'NVR-01']);
    assert.equal(kase!.title, 'ET MALWARE camera botnet beacon');
    const step = (v: number, change: Record<string, unknown>) => callUnary(c, c.UpdateCase, { request_id: randomUUID(), case_id: kase!.id, expected_version: v, actor: 'lan.nguyen', ...change }).then((r) => r.case!);
    const k2 = await step(1, { add_task: 'Pull NVR firmware version' });
    const k3 = await step(k2.version, { complete_task_id: 'T1' });
    const badLink = await rejected(step(k3.version, { link_incident_id: 'public-order' }));
    assert.match(badLink.details, /^link_incident_id: /);
    const k4 = await step(k3.version, { link_incident_id: 'INC-000042' });
    assert.equal(k4.incident_id, 'INC-000042');
    assert.deepEqual(k4.timeline.map((t) => t.change), ['opened', 'task_added', 'task_done', 'incident_linked']);
    const stale = await rejected(step(k3.version, { note: 'late' }));
    assert.equal(stale.code, grpc.status.ABORTED);
    const two = await rejected(step(k4.version, { note: 'x', close: true }));
    assert.match(two.details, /^add_task: give exactly one change/);
    const { cases } = await callUnary(c, c.ListCases, {});
    assert.equal(cases[0].id, kase!.id);

    const a3 = await raise('CAM-0010', 'ET MALWARE camera botnet beacon', { source_ip: '10.30.1.10', user: 'op-cam' });
    const { case: other } = await callUnary(c, c.CreateCase, { request_id: randomUUID(), alert_ids: [a3.id], actor: 'minh.tran' });
    const self = await rejected(step(k4.version, { merge_case_id: kase!.id }));
    assert.match(self.details, /^merge_case_id: cannot merge/);
    const merged = await step(k4.version, { merge_case_id: other!.id });
    assert.deepEqual(merged.alert_ids, [a1.id, a2.id, a3.id]);
    assert.ok(merged.observables.some((o) => o.kind === 'user' && o.value === 'op-cam'));
    assert.equal(merged.timeline.at(-1)!.change, 'merged');
    const after = (await callUnary(c, c.ListCases, {})).cases.find((x) => x.id === other!.id)!;
    assert.equal(after.status, 'closed');
    assert.equal(after.timeline.at(-1)!.detail, kase!.id);
    const again = await rejected(step(merged.version, { merge_case_id: other!.id }));
    assert.match(again.details, /^merge_case_id: case CASE-\d+ is closed/);
  });

  it('computes MTTD, MTTA, MTTR by severity and day, and noise per rule', async () => {
    const before = await callUnary(c, c.GetSocMetrics, { days: 1 });
    const x = await raise('PLC-PUMP-YENSO', 'ET ICS Modbus write', { severity: 'high', time_ms: String(Date.now() - 120_000) });
    const y = await raise('SRV-DATA-01', 'ET ICS Modbus write', { severity: 'high', time_ms: String(Date.now() - 30_000) });
    const xc = await update(x, { status: 'closed', disposition: 'false_positive' });
    const yc = await update(await update(y, { status: 'acknowledged' }), { status: 'closed', disposition: 'true_positive' });
    const m = await callUnary(c, c.GetSocMetrics, { days: 1 });
    const high = m.by_severity.find((s) => s.severity === 'high')!.times!;
    const highBefore = before.by_severity.find((s) => s.severity === 'high')!.times!;
    assert.equal(highBefore.alerts, 0);
    assert.equal(high.alerts, 2);
    assert.equal(high.mttd_ms, Math.round((Number(x.detect_delay_ms) + Number(y.detect_delay_ms)) / 2));
    assert.ok(high.mttd_ms >= 75_000 && high.mttd_ms < 80_000, `mttd ${high.mttd_ms}`);
    const ack = (a: Alert__Output) => Number(a.acknowledged_ms) - Number(a.created_ms);
    const res = (a: Alert__Output) => Number(a.closed_ms) - Number(a.created_ms);
    assert.equal(high.mtta_n, 2);
    assert.equal(high.mtta_ms, Math.round((ack(xc) + ack(yc)) / 2));
    assert.equal(high.mttr_n, 2);
    assert.equal(high.mttr_ms, Math.round((res(xc) + res(yc)) / 2));
    const rule = m.by_rule.find((r) => r.rule_id === 'wf-ids-signature')!;
    assert.ok(rule.false_positive >= 1 && rule.true_positive >= 2);
    assert.equal(rule.noise, rule.false_positive / (rule.true_positive + rule.false_positive + rule.benign));
    assert.equal(m.by_day.length, 1);
    assert.equal(m.by_day[0].times!.alerts, m.overall!.alerts);
    const bad = await rejected(callUnary(c, c.GetSocMetrics, { days: 91 }));
    assert.match(bad.details, /^days: /);
  });
});
