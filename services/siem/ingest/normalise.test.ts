import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Malformed } from './event';
import { normaliseLine } from './normalise';

const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);
const n = (line: string) => normaliseLine(line, { now: NOW });
const isMalformed = (reason: string, detail: RegExp) => (e: unknown) => e instanceof Malformed && e.reason === reason && detail.test(e.detail);

const EVE_ALERT = JSON.stringify({
  timestamp: '2026-11-23T14:03:01.123456+0700', flow_id: 1189, in_iface: 'eth1', event_type: 'alert', src_ip: '10.20.4.9', src_port: 41022,
  dest_ip: '10.30.1.3', dest_port: 80, proto: 'TCP', host: 'ids-dc1',
  alert: { action: 'allowed', gid: 1, signature_id: 2031501, rev: 2, signature: 'ET EXPLOIT Hikvision camera command injection attempt', category: 'Attempted Administrator Privilege Gain', severity: 1, metadata: { signature_severity: ['Critical'], mitre_technique_id: ['T1190'] } },
});

describe('line normalisation', () => {
  it('sshd over RFC 3164 becomes a failed login', () => {
    const { event: e, format } = n('<38>Nov 23 14:03:01 cam-0003 sshd[2211]: Failed password for invalid user admin from 185.220.101.4 port 50122 ssh2');
    assert.equal(format, 'syslog3164');
    assert.deepEqual([e.action, e.outcome, e.user, e.source_ip, e.source_port, e.destination_port, e.host, e.product, e.severity], ['login', 'failure', 'admin', '185.220.101.4', 50122, 22, 'cam-0003', 'sshd', 'low']);
  });

  it('RFC 5424 structured data and key=value text fill the fields; MSGID is the action otherwise', () => {
    const a = n('<28>1 2026-11-23T14:03:01+07:00 CAM-0003 camera-health - device_offline [status@32473 reason="video loss"] Camera stopped streaming').event;
    assert.deepEqual([a.action, a.host, a.severity, a.time_ms], ['device_offline', 'CAM-0003', 'medium', String(Date.parse('2026-11-23T07:03:01Z'))]);
    const b = n('<86>1 2026-11-23T14:03:01+07:00 nvr-hk-01 webadmin 812 - [auth@32473 user="admin" src="185.220.101.4" outcome="failed"] action=login dpt=443').event;
    assert.deepEqual([b.action, b.user, b.source_ip, b.outcome, b.destination_port], ['login', 'admin', '185.220.101.4', 'failure', 443]);
  });

  it('CEF inside syslog takes the syslog host and time', () => {
    const { event: e, format } = n('<134>Nov 23 14:03:01 nvr-hk-01 CEF:0|Hikvision|NVR|4.1|101|Login failed|5|src=185.220.101.4 suser=admin act=login outcome=failure');
    assert.equal(format, 'cef');
    assert.deepEqual([e.host, e.time_ms, e.action], ['nvr-hk-01', String(Date.parse('2026-11-23T07:03:01Z')), 'login']);
  });

  it('Suricata EVE alert, anomaly and flow', () => {
    const alert = n(EVE_ALERT);
    assert.equal(alert.format, 'eve');
    assert.deepEqual(
      [alert.event.action, alert.event.signature, alert.event.severity, alert.event.mitre_technique, alert.event.source_ip, alert.event.destination_port, alert.event.time_ms],
      ['ids_alert', 'ET EXPLOIT Hikvision camera command injection attempt', 'critical', 'T1190', '10.20.4.9', 80, String(Date.parse('2026-11-23T07:03:01.123Z'))],
    );
    const anomaly = n('{"timestamp":"2026-11-23T14:03:02.000+0700","event_type":"anomaly","src_ip":"10.50.1.77","dest_ip":"10.50.1.10","anomaly":{"type":"applayer","event":"INVALID_RECORD_TYPE","layer":"proto_parser"}}').event;
    assert.deepEqual([anomaly.action, anomaly.signature], ['protocol_anomaly', 'INVALID_RECORD_TYPE']);
    const flow = n('{"timestamp":"2026-11-23T14:03:03.000+0700","event_type":"flow","src_ip":"10.50.1.77","src_port":50210,"dest_ip":"10.50.1.10","dest_port":502,"proto":"TCP","app_proto":"modbus","flow":{"bytes_toserver":9812,"bytes_toclient":3100,"state":"closed"}}').event;
    assert.deepEqual([flow.action, flow.bytes_out, flow.destination_port, flow.message], ['flow', '9812', 502, 'TCP modbus closed']);
  });

  it('Wazuh authentication failure and ECS login with geo', () => {
    const w = n(JSON.stringify({ timestamp: '2026-11-23T14:03:01.000+0700', rule: { level: 5, description: 'sshd: authentication failed.', id: '5760', groups: ['syslog', 'sshd', 'authentication_failed'], mitre: { id: ['T1110.001'] } }, agent: { id: '007', name: 'SRV-IOC-DATA-01', ip: '10.10.1.15' }, data: { srcip: '203.0.113.9', srcport: '40211', dstuser: 'root' }, full_log: 'Failed password for root' })).event;
    assert.deepEqual([w.action, w.outcome, w.severity, w.user, w.host, w.mitre_technique, w.source_port], ['login', 'failure', 'medium', 'root', 'SRV-IOC-DATA-01', 'T1110.001', 40211]);
    const ecs = n('{"@timestamp":"2026-11-23T07:03:01.000Z","event":{"action":"login","outcome":"success","category":["authentication"]},"user":{"name":"op.nguyen"},"source":{"ip":"14.160.1.2","geo":{"location":{"lat":21.03,"lon":105.85}}},"host.name":"vpn-gw-01","observer":{"product":"VPN"}}');
    assert.equal(ecs.format, 'ecs');
    assert.deepEqual([ecs.event.action, ecs.event.outcome, ecs.event.user, ecs.event.host, ecs.event.product, ecs.event.source_geo], ['login', 'success', 'op.nguyen', 'vpn-gw-01', 'vpn', { lat: 21.03, lon: 105.85 }]);
  });

  it('rejects with the reason and the field', () => {
    assert.throws(() => n(''), isMalformed('format.empty', /empty/));
    assert.throws(() => n('hello world'), isMalformed('format.unknown', /starts with "hello world"/));
    assert.throws(() => n('{"a":1'), isMalformed('json.syntax', /JSON: /));
    assert.throws(() => n('[1,2]'), isMalformed('format.unknown', /starts with/));
    assert.throws(() => n('{"foo":1}'), isMalformed('json.schema', /keys: "foo"/));
    assert.throws(() => n('{"timestamp":"2026-11-23T14:03:01Z","event_type":"dns","src_ip":"1.2.3.4"}'), isMalformed('eve.event_type', /"dns" is not ingested/));
    assert.throws(() => n('{"timestamp":"nope","event_type":"flow","src_ip":"1.2.3.4"}'), isMalformed('eve.field', /timestamp: "nope"/));
    assert.throws(() => n('{"timestamp":"2026-11-23T14:03:01Z","event_type":"flow","src_ip":"1.2.3.4","dest_port":70000}'), isMalformed('eve.field', /dest_port: "70000" is not a port/));
    assert.throws(() => n('{"timestamp":"2026-11-23T14:03:01Z","rule":{"level":20},"agent":{}}'), isMalformed('wazuh.field', /rule.level: "20"/));
    assert.throws(() => n('{"@timestamp":"2026-11-23T07:03:01Z","source":{"ip":"1.2.3.4"}}'), isMalformed('ecs.field', /event.action: is required/));
    assert.throws(() => n('{"@timestamp":"2026-11-23T07:03:01Z","event":{"action":"x"},"source":{"ip":"::g"}}'), isMalformed('ecs.field', /source.ip: "::g"/));
    assert.throws(() => n('<13>Nov 23 14:03:01 h app: src=10.0.0.300 action=login'), isMalformed('syslog3164.field', /src: "10.0.0.300"/));
  });
});
