// Property tests: ≥ 100,000 random and mutated lines per parser (seeded, so a failure replays).
// Each line parses into an event that keeps its invariants, or is Malformed with a reason code and a
// detail; nothing else may be thrown. The per-test timeout is the hang guard.
import { isIP } from 'node:net';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../demo/random';
import * as L from '../demo/log-lines';
import { parseCef } from './cef';
import { Malformed, type NormalEvent } from './event';
import { SyslogTcpFramer } from './framing';
import { fuzzLines, mutateField, mutateJson, mutateText, pickFrom, randomText, type FuzzTally, type Rnd } from './fuzz-kit';
import { fromJsonLine, normaliseLine } from './normalise';
import { parseSyslog } from './syslog';

const LINES = 100_000;
const HANG_GUARD = { timeout: 120_000 };
const T = Date.UTC(2026, 10, 23, 7, 0, 0);

function checkEvent(e: NormalEvent, line: string): void {
  const where = JSON.stringify(line);
  assert.match(e.time_ms, /^\d+$/, `time_ms ${e.time_ms} for ${where}`);
  for (const p of [e.source_port, e.destination_port]) assert.ok(Number.isInteger(p) && p >= 0 && p <= 65535, `port ${p} for ${where}`);
  for (const ip of [e.source_ip, e.destination_ip]) assert.ok(ip === '' || isIP(ip) !== 0, `ip ${ip} for ${where}`);
  assert.match(e.bytes_out, /^\d+$/, `bytes_out ${e.bytes_out} for ${where}`);
  assert.ok(e.raw.length > 0, `raw kept for ${where}`);
}

/** A line from `seeds`: mostly mutated (as text or field-wise), sometimes random with the format's prefix. */
function lineMaker(rnd: Rnd, seeds: string[], prefix: string, json = false): (i: number) => string {
  return (i) => {
    const seed = seeds[i % seeds.length];
    const r = rnd();
    if (r < 0.1) return prefix + randomText(rnd);
    if (r < 0.15) return seed; // keeps the happy path in the mix
    if (json) return r < 0.65 ? mutateJson(rnd, seed) : r < 0.8 ? mutateText(rnd, mutateJson(rnd, seed)) : mutateText(rnd, seed);
    return r < 0.55 ? mutateText(rnd, seed) : mutateField(rnd, seed, pickFrom(rnd, [' ', ' ', '|', '=']));
  };
}

function report(name: string, t: FuzzTally): string {
  return `${name}: ${t.accepted} accepted; rejected by ${[...t.reasons].map(([r, n]) => `${r}=${n}`).join(', ')}`;
}

const RFC5424 = [
  '<165>1 2026-11-23T14:14:15.003+07:00 nvr-hk-01 evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="App\\]x" eventID="1011"][examplePriority@32473 class="high"] \uFEFFAn application event src=10.0.0.1',
  '<34>1 - - - - - [auth@32473 user="ad\\"min\\\\x" note="a\\]b"]',
  L.cameraVideoLoss(T, 'CAM-HK-0007'),
  L.nvrLoginFailureCef(T, 'NVR-HK-01', '185.220.1.2', 'admin'),
  L.firewallTransferCef(T, '10.20.1.5', '203.0.113.50', 734_003_200),
  `<14>1 2026-11-23T07:00:00Z portal-web nginx 812 access - ${L.ecsHttpRequest(T, 'portal-web', '14.160.32.7', '/dich-vu-cong')}`,
  '<13>1 2026-11-23T07:00:00.123456Z ot-sw-01 dhcpd - - [meta sequenceId="9"] new device mac=00:1b:1b:aa:bb:cc src=10.50.1.99 dpt=502 act=lease',
];

const RFC3164 = [
  L.sshdFailure(T, 'cam-0003', 'admin', '185.220.101.4', 50122),
  L.sshdSuccess(T, 'srv-data-01', 'op.an', '10.10.1.20', 40100),
  '<86>Nov  3 09:05:11 nvr-hk-02 httpd[311]: login failed user=admin src=203.0.113.7 spt=51000',
  '<13>2026-11-23T14:03:01.123+07:00 rsyslog-relay kernel: eth0 link down',
  '<134>Nov 23 14:03:01 fw-dc1 CEF:0|Fortinet|FortiGate|7.4|13|traffic close|3|src=10.10.1.15 dst=8.8.8.8 out=1200',
  '<30>Dec 31 23:59:59 plc-01 modbus: write coil 17 from 10.50.1.77',
];

const CEF = [
  'CEF:0|Fortinet|FortiGate|7.4|13|traffic\\|close|3|msg=a\\=b c\\\\d\\nx src=10.10.1.15 out=734003200',
  'CEF:0|Hikvision|NVR|4.1.64|auth-fail|Web admin login failed|5|rt=1763881200000 dvchost=NVR-HK-01 src=185.220.1.2 dpt=443 suser=admin act=login outcome=failure msg=Wrong password',
  'CEF:1|Security|threatmanager|1.0|100|worm successfully stopped|10|src=10.0.0.1 dst=2.1.2.2 spt=1232',
  'CEF:0|Vendor|Prod|1|id|name|Very-High|',
  'CEF:0|Siemens|S7|3|cfg|PLC program download|High|rt=Nov 23 2026 14:03:01 src=fe80::1 dst=10.50.1.10 dpt=102 cs1=a\\=b cs1Label=note',
];

const ECS = [
  L.ecsHttpRequest(T, 'portal-web', '14.160.32.7', '/dich-vu-cong'),
  L.ecsVpnLogin(T, 'op.an', '14.160.32.7', { lat: 21.03, lon: 105.85 }),
  JSON.stringify({ '@timestamp': '2026-11-23T07:00:00.000Z', event: { action: 'file_transfer', outcome: 'success', severity: 7 }, host: { name: 'dp-etl-02', ip: ['10.20.1.5'] }, source: { ip: '10.20.1.5', port: 40422, bytes: 1_200_000_000 }, destination: { ip: '2001:db8::7', port: 443 }, user: { name: 'etl' }, observer: { product: 'Zeek' }, message: 'upload' }),
];

const WAZUH = [
  JSON.stringify({ timestamp: '2026-11-23T14:03:01.000+0700', rule: { level: 5, description: 'sshd: authentication failed', groups: ['syslog', 'sshd', 'authentication_failed'], mitre: { id: ['T1110'] } }, agent: { id: '012', name: 'SRV-1', ip: '10.10.1.15' }, manager: { name: 'wazuh-01' }, data: { srcip: '203.0.113.9', srcport: '40211', dstuser: 'root' }, full_log: 'Failed password for root' }),
  JSON.stringify({ timestamp: '2026-11-23T07:00:00Z', rule: { level: 12, description: 'File added to the system', groups: ['ossec', 'syscheck'] }, agent: { name: 'scada-hmi-02' }, syscheck: { path: '/opt/scada/x.dll' } }),
  JSON.stringify({ timestamp: '2026-11-23T07:00:00Z', rule: { level: 3, description: 'login', groups: ['authentication_success'] }, manager: { name: 'w' }, data: { srcip: '::1', dstip: '10.10.1.2', dstport: 22, srcuser: 'op.binh' } }),
];

const EVE = [
  L.eveAlert(T, '10.20.4.9', '10.30.1.3', 80, 'ET EXPLOIT Hikvision', 'T1190', 'critical'),
  L.eveFlow(T, '10.50.1.77', '10.50.1.10', 502, 'modbus', 9812),
  JSON.stringify({ timestamp: '2026-11-23T14:03:01.123456+0700', event_type: 'anomaly', src_ip: '10.50.1.3', src_port: 0, dest_ip: '10.50.1.10', dest_port: 502, proto: 'TCP', anomaly: { type: 'stream', event: 'stream.pkt_invalid_timestamp' } }),
];

describe('fuzz: 100,000 lines per parser, each parses or is rejected with a reason', () => {
  it('RFC 5424 syslog (header fields, structured data, BOM, CEF/JSON bodies)', HANG_GUARD, () => {
    const rnd = seededRandom(5424);
    const t = fuzzLines(LINES, lineMaker(rnd, RFC5424, '<14>1 '), (line) => {
      parseSyslog(line, { now: T });
      const n = normaliseLine(line, { now: T });
      checkEvent(n.event, line);
    });
    assert.ok(t.accepted > 15_000, report('5424', t));
    for (const r of ['syslog.pri', 'syslog.version', 'syslog.timestamp', 'syslog.header', 'syslog.sd']) assert.ok(t.reasons.has(r), `${r} never hit; ${report('5424', t)}`);
  });

  it('RFC 3164 syslog (BSD and high-precision stamps, tags, embedded CEF)', HANG_GUARD, () => {
    const rnd = seededRandom(3164);
    const t = fuzzLines(LINES, lineMaker(rnd, RFC3164, '<13>Nov 23 14:03:01 '), (line) => {
      parseSyslog(line, { now: T });
      checkEvent(normaliseLine(line, { now: T }).event, line);
    });
    assert.ok(t.accepted > 30_000, report('3164', t));
    for (const r of ['syslog.pri', 'syslog.timestamp', 'syslog.header']) assert.ok(t.reasons.has(r), `${r} never hit; ${report('3164', t)}`);
  });

  it('CEF (header escapes \\| \\\\, extension escapes \\= \\n, severities)', HANG_GUARD, () => {
    const rnd = seededRandom(0xcef);
    const t = fuzzLines(LINES, lineMaker(rnd, CEF, 'CEF:0|'), (line) => {
      parseCef(line);
      checkEvent(normaliseLine(line, { now: T }).event, line);
    });
    assert.ok(t.accepted > 30_000, report('cef', t));
    assert.ok(t.reasons.has('cef.header'), report('cef', t));
    assert.ok(t.reasons.size >= 2, report('cef', t));
  });

  for (const [name, seeds, seed] of [['JSON lines / ECS', ECS, 0xec5], ['Wazuh alerts.json', WAZUH, 0x3a2], ['Suricata EVE', EVE, 0xe7e]] as const) {
    it(`${name} (value and type swaps, deleted keys, broken JSON)`, HANG_GUARD, () => {
      const rnd = seededRandom(seed);
      const t = fuzzLines(LINES, lineMaker(rnd, [...seeds], '{', true), (line) => checkEvent(fromJsonLine(line).event, line));
      assert.ok(t.accepted > 10_000, report(name, t));
      assert.ok(t.reasons.size >= 3, report(name, t));
    });
  }
});

describe('fuzz: RFC 6587 framing', () => {
  /** A frame the peer could send: octet-counted (any bytes) or LF-terminated (no LF inside, starts with "<"). */
  function frameOf(rnd: Rnd, i: number): { wire: Buffer; text: string } {
    const base = pickFrom(rnd, [...RFC5424, ...RFC3164]);
    if (rnd() < 0.5) {
      const text = rnd() < 0.3 ? `${base}\n${randomText(rnd, 40)}` : base; // octet counting carries LFs inside a frame
      const bytes = Buffer.from(text); // lone surrogates become U+FFFD on the wire, as from any UTF-8 sender
    return { wire: Buffer.concat([Buffer.from(`${bytes.length} `), bytes]), text: bytes.toString('utf8') };
    }
    const text = `${base} #${i}`;
    return { wire: Buffer.from(`${text}${rnd() < 0.3 ? '\r\n' : '\n'}`), text };
  }

  it('100,000 well-formed frames in both framings, cut at random byte boundaries, come out whole and in order', HANG_GUARD, () => {
    const rnd = seededRandom(6587);
    const got: string[] = [];
    const rejects: string[] = [];
    const f = new SyslogTcpFramer((frame) => got.push(frame), (e) => rejects.push(e.reason));
    const want: string[] = [];
    let pending: Buffer[] = [];
    for (let i = 0; i < LINES; i++) {
      const { wire, text } = frameOf(rnd, i);
      want.push(text);
      pending.push(wire);
      if (rnd() < 0.3 || i === LINES - 1) {
        const stream = Buffer.concat(pending);
        pending = [];
        for (let at = 0; at < stream.length; ) {
          const n = 1 + Math.floor(rnd() * 700);
          f.push(stream.subarray(at, at + n));
          at += n;
        }
      }
    }
    assert.deepEqual(rejects, []);
    assert.equal(got.length, want.length);
    for (let i = 0; i < want.length; i++) if (got[i] !== want[i]) assert.fail(`frame ${i}: ${JSON.stringify(got[i])} != ${JSON.stringify(want[i])}`);
  });

  it('100,000 mutated and random chunks: bounded memory, every rejection has a reason, the stream recovers', HANG_GUARD, () => {
    const rnd = seededRandom(11);
    let frames = 0;
    let last = '';
    const reasons = new Map<string, number>();
    const f = new SyslogTcpFramer(
      (frame) => {
        frames++;
        last = frame;
      },
      (e, head) => {
        assert.ok(e instanceof Malformed && /^tcp\.[a-z_]+$/.test(e.reason) && e.detail.length > 0 && typeof head === 'string');
        reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
      },
      { maxFrameBytes: 4096 },
    );
    for (let i = 0; i < LINES; i++) {
      let chunk: Buffer;
      const r = rnd();
      if (r < 0.4) {
        chunk = Buffer.alloc(1 + Math.floor(rnd() * 600));
        for (let j = 0; j < chunk.length; j++) chunk[j] = rnd() < 0.02 ? 0x0a : rnd() < 0.05 ? 0x30 + Math.floor(rnd() * 10) : Math.floor(rnd() * 256);
      } else if (r < 0.42) {
        chunk = Buffer.from(`<${'x'.repeat(Math.floor(rnd() * 9000))}${rnd() < 0.5 ? '\n' : ''}`); // LF lines over the limit
      } else if (r < 0.5) {
        chunk = Buffer.from(`${Math.floor(rnd() * 1e10)} ${randomText(rnd, 50)}`); // lengths over the limit and over 9 digits
      } else {
        chunk = Buffer.from(mutateText(rnd, frameOf(rnd, i).wire.toString('latin1')), 'latin1');
      }
      f.push(chunk);
      assert.ok(f.bufferedBytes <= 4096 + 16, `buffered ${f.bufferedBytes} after chunk ${i}`);
    }
    // Whatever came before, at most one frame limit of newlines resynchronises the stream, unless the
    // peer announced an oversize octet-counted frame: those bytes are its and are thrown away first.
    f.push(Buffer.from('\n'.repeat(4097)));
    f.push(Buffer.from('<14>1 - - - - - - recovered\n'));
    if (f.skippingBytes === 0) assert.equal(last, '<14>1 - - - - - - recovered');
    else assert.ok(reasons.has('tcp.frame_too_long'));
    assert.ok(frames > 100, `${frames} frames`);
    for (const r of ['tcp.framing', 'tcp.frame_too_long', 'tcp.line_too_long']) assert.ok(reasons.has(r), `${r} never hit: ${[...reasons.keys()]}`);
  });
});
