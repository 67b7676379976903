// The SIEM engine on 127.0.0.1 with real SQLite: syslog over UDP and TCP (both framings), CEF and
// Suricata EVE lines become alerts on WatchAlerts; malformed input is counted with why, ingest goes on.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as dgram from 'node:dgram';
import * as net from 'node:net';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { callUnary, siemClient, type SiemServiceClient } from '../../proto/clients';
import type { AlertEvent__Output } from '../../proto/gen/watchfloor/siem/v1/AlertEvent';
import { eventually, quietLogger, tempDir } from './helpers';

const HANOI_NOW = () => new Date(Date.now() + 7 * 3_600_000);
const bsdStamp = () => {
  const d = HANOI_NOW();
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};
const iso = () => new Date().toISOString();

function sendUdp(port: number, lines: string[]): Promise<void> {
  const sock = dgram.createSocket('udp4');
  return (async () => {
    for (const l of lines) await new Promise<void>((res, rej) => sock.send(Buffer.from(l), port, '127.0.0.1', (e) => (e ? rej(e) : res())));
    sock.close();
  })();
}

function tcpConnect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => resolve(s));
    s.on('error', reject);
  });
}

const octet = (msg: string) => `${Buffer.byteLength(msg)} ${msg}`;

describe('SIEM ingest over syslog, CEF and EVE', () => {
  let engines: RunningEngines;
  let client: SiemServiceClient;
  const seen: AlertEvent__Output[] = [];
  let stream: ReturnType<SiemServiceClient['WatchAlerts']>;

  before(async () => {
    engines = await startEngines({ dataDir: tempDir('siem-ingest'), only: ['siem'], logger: quietLogger });
    client = siemClient(engines.addresses.siem!);
    const { last_seq } = await callUnary(client, client.ListAlerts, { include_closed: true });
    stream = client.WatchAlerts({ after_seq: last_seq });
    stream.on('data', (e: AlertEvent__Output) => seen.push(e));
    stream.on('error', () => undefined);
  });
  after(async () => {
    stream.cancel();
    client.close();
    await engines.stop();
  });

  const alertFor = (rule: string, asset?: string) =>
    eventually(() => seen.map((e) => e.alert!).find((a) => a.rule_id === rule && (!asset || a.asset_id === asset)), `an alert of ${rule}${asset ? ` on ${asset}` : ''}`);

  it('binds the syslog listeners on 127.0.0.1 and reports them with the rule count', async () => {
    assert.ok(engines.syslogPorts?.udp && engines.syslogPorts.tcp);
    const stats = await callUnary(client, client.GetIngestStats, {});
    assert.deepEqual(stats.listeners.map((l) => l.address).sort(), [`127.0.0.1:${engines.syslogPorts.tcp}`, `127.0.0.1:${engines.syslogPorts.udp}`].sort());
    assert.equal(stats.rules_loaded, 8);
  });

  it('RFC 3164 sshd failures over UDP from one address become a camera brute-force alert', async () => {
    const line = () => `<38>${bsdStamp()} cam-0003 sshd[2211]: Failed password for admin from 185.220.101.4 port 50122 ssh2`;
    await sendUdp(engines.syslogPorts!.udp!, Array.from({ length: 5 }, line));
    const a = await alertFor('wf-camera-nvr-brute-force', 'CAM-0003');
    assert.equal(a.source_ip, '185.220.101.4');
    assert.equal(a.severity, 'high');
    assert.equal(a.mitre_technique, 'T1110');
    assert.equal(a.asset_kind, 'camera');
    assert.ok(a.location && a.ward, 'located on the map');
  });

  it('RFC 5424 camera-offline lines over TCP (LF framing) become a per-ward burst alert', async () => {
    await engines.siem!.upsertAssets(['CAM-T1', 'CAM-T2', 'CAM-T3'].map((id, i) => ({ id, kind: 'camera', name: id, criticality: 3, ward: 'Láng', lat: 21.02 + i / 1000, lon: 105.8, ip: `10.30.9.${i + 1}` })));
    const s = await tcpConnect(engines.syslogPorts!.tcp!);
    for (const id of ['CAM-T1', 'CAM-T2', 'CAM-T3']) s.write(`<28>1 ${iso()} ${id} camera-health - device_offline [status@32473 reason="video loss"] \uFEFFMất tín hiệu video\n`);
    const a = await alertFor('wf-camera-offline-burst');
    s.end();
    assert.equal(a.title, 'Cameras going offline together in Láng (tampering or power cut?)');
    assert.equal(a.mitre_technique, 'T0826');
  });

  it('CEF in octet-counted syslog and Suricata EVE lines over one TCP connection raise their alerts', async () => {
    const s = await tcpConnect(engines.syslogPorts!.tcp!);
    const cef = `<134>1 ${iso()} fw-dc1 CEF - - - CEF:0|Fortinet|FortiGate|7.4.3|0000000013|traffic: forward close|3|src=10.10.1.15 spt=53211 dst=45.77.12.9 dpt=443 act=transfer out=734003200 msg=HTTPS upload\\nsecond line`;
    const eveAlert = JSON.stringify({ timestamp: iso(), flow_id: 42, event_type: 'alert', src_ip: '10.20.4.9', src_port: 41022, dest_ip: '10.30.1.2', dest_port: 80, proto: 'TCP', host: 'ids-dc1', alert: { action: 'allowed', signature_id: 2031501, signature: 'ET EXPLOIT Hikvision camera command injection attempt', category: 'Attempted Administrator Privilege Gain', severity: 1, metadata: { signature_severity: ['Critical'], mitre_technique_id: ['T1190'] } } });
    const eveFlow = JSON.stringify({ timestamp: iso(), event_type: 'flow', src_ip: '10.50.1.77', src_port: 50210, dest_ip: '10.50.1.10', dest_port: 502, proto: 'TCP', app_proto: 'modbus', flow: { bytes_toserver: 9812, bytes_toclient: 3100, state: 'closed' } });
    s.write(octet(cef) + octet(`<134>1 ${iso()} ids-dc1 suricata - - - ${eveAlert}`));
    s.write(`${eveFlow}\n`);
    const exfil = await alertFor('wf-data-platform-exfiltration', 'SRV-IOC-DATA-01');
    assert.equal(exfil.title, 'Large outbound transfer from SRV-IOC-DATA-01 to 45.77.12.9');
    const ids = await alertFor('wf-ids-signature', 'CAM-0002');
    assert.deepEqual([ids.title, ids.severity, ids.mitre_technique], ['ET EXPLOIT Hikvision camera command injection attempt', 'critical', 'T1190']);
    const ot = await alertFor('wf-ot-new-device', 'PLC-PUMP-YENSO');
    assert.equal(ot.title, 'New device 10.50.1.77 on the OT network talking to 10.50.1.10');
    s.end();
  });

  it('counts malformed input per reason with samples, and keeps ingesting on the same connection', async () => {
    const before = await callUnary(client, client.GetIngestStats, {});
    await sendUdp(engines.syslogPorts!.udp!, ['hello there', '<999>Nov 23 14:00:00 h x: y', 'CEF:0|Vendor|Product|1.0|100']);
    const s = await tcpConnect(engines.syslogPorts!.tcp!);
    s.write('{"event_type":"alert","src_ip":"10.0.0.1","timestamp":"not a time"}\n');
    s.write(Buffer.alloc(10 * 1024 * 1024, 0x61)); // a 10 MB line with no LF
    s.write('\n');
    const other = await tcpConnect(engines.syslogPorts!.tcp!);
    other.write(`<38>${bsdStamp()} nvr-hk-01 sshd[1]: Failed password for root from 45.9.148.3 port 1 ssh2\n`.repeat(5));
    s.write(`${JSON.stringify({ timestamp: iso(), event_type: 'alert', src_ip: '10.20.4.10', dest_ip: '10.30.1.3', alert: { signature: 'ET MALWARE Mirai botnet telnet brute force', severity: 2 } })}\n`);
    await alertFor('wf-camera-nvr-brute-force', 'NVR-HK-01');
    const mirai = await alertFor('wf-ids-signature', 'CAM-0003');
    assert.equal(mirai.severity, 'medium');
    s.end();
    other.end();
    const stats = await eventually(async () => {
      const st = await callUnary(client, client.GetIngestStats, {});
      return Number(st.rejected) - Number(before.rejected) >= 5 ? st : null;
    }, 'five more rejections');
    const count = (r: string) => Number(stats.rejections.find((x) => x.reason === r)?.count ?? 0);
    for (const r of ['format.unknown', 'syslog.pri', 'cef.header', 'eve.field', 'tcp.line_too_long']) assert.ok(count(r) >= 1, `${r} counted: ${JSON.stringify(stats.rejections)}`);
    const sample = (r: string) => stats.samples.find((x) => x.reason === r)!;
    assert.match(sample('syslog.pri').detail, /PRI: "999" is not 0–191/);
    assert.equal(sample('syslog.pri').transport, 'udp');
    assert.match(sample('cef.header').detail, /^Name: missing/);
    assert.match(sample('eve.field').detail, /^timestamp: "not a time"/);
    assert.equal(sample('eve.field').transport, 'tcp');
    assert.match(sample('tcp.line_too_long').detail, /65536-byte limit/);
    assert.ok(sample('tcp.line_too_long').line.length <= 2048);
    assert.ok(Number(stats.accepted) > 0);
    assert.ok(stats.accepted_by_format.some((f) => f.reason === 'syslog3164'));
  });

  it('still takes a gRPC IngestEvents batch and reports rejected events by index', async () => {
    const res = await callUnary(client, client.IngestEvents, {
      request_id: randomUUID(),
      events: [
        { time_ms: String(Date.now() - 100), host: 'PLC-PUMP-YENSO', source_ip: '10.20.1.1', action: 'ids_alert', severity: 'high', product: 'suricata', signature: 'ET POLICY Modbus write from non-engineering host', mitre_technique: 'T0855' },
        { time_ms: String(Date.now()), action: 'login', source_ip: 'not-an-ip' },
      ],
    });
    assert.equal(res.accepted, 1);
    assert.deepEqual(res.rejected.map((r) => [r.index, r.reason]), [[1, 'source_ip: "not-an-ip" is not an IPv4 or IPv6 address']]);
    const a = await alertFor('wf-ids-signature', 'PLC-PUMP-YENSO');
    assert.equal(a.mitre_technique, 'T0855');
  });
});
