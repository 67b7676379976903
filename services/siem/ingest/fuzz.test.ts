import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../demo/random';
import * as L from '../demo/log-lines';
import { Malformed } from './event';
import { SyslogTcpFramer } from './framing';
import { normaliseLine } from './normalise';

const T = Date.UTC(2026, 10, 23, 7, 0, 0);
const SEEDS = [
  L.sshdFailure(T, 'cam-0003', 'admin', '185.220.101.4', 50122),
  '<165>1 2026-11-23T14:14:15.003+07:00 nvr-hk-01 evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="App\\]x"] \uFEFFAn application event src=10.0.0.1',
  L.nvrLoginFailureCef(T, 'NVR-HK-01', '185.220.1.2', 'admin'),
  'CEF:0|Fortinet|FortiGate|7.4|13|traffic\\|close|3|msg=a\\=b c\\\\d\\nx src=10.10.1.15 out=734003200',
  L.eveAlert(T, '10.20.4.9', '10.30.1.3', 80, 'ET EXPLOIT Hikvision', 'T1190', 'critical'),
  L.eveFlow(T, '10.50.1.77', '10.50.1.10', 502, 'modbus', 9812),
  JSON.stringify({ timestamp: '2026-11-23T14:03:01.000+0700', rule: { level: 5, description: 'sshd', groups: ['authentication_failed'], mitre: { id: ['T1110'] } }, agent: { name: 'SRV-1', ip: '10.10.1.15' }, data: { srcip: '203.0.113.9', srcport: '40211', dstuser: 'root' } }),
  L.ecsVpnLogin(T, 'op.an', '14.160.32.7', { lat: 21.03, lon: 105.85 }),
];
const ALPHABET = '<>|\\="{}[]:, -\n\r\0\uFEFF0123456789abcCEF@.T';

function mutate(rnd: () => number, s: string): string {
  let out = s;
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * (out.length + 1));
    const op = rnd();
    if (op < 0.3) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(rnd() * 8));
    else if (op < 0.6) out = out.slice(0, at) + ALPHABET[Math.floor(rnd() * ALPHABET.length)] + out.slice(at);
    else if (op < 0.8) out = out.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 0x3000)) + out.slice(at + 1);
    else out = out.slice(0, at);
  }
  return out;
}

describe('fuzz: mutated lines of every format', () => {
  it('100,000 mutated and random lines: each parses or is Malformed with a reason, none crashes', () => {
    const rnd = seededRandom(7);
    const reasons = new Map<string, number>();
    let parsed = 0;
    for (let i = 0; i < 100_000; i++) {
      const line = i % 10 === 9 ? Array.from({ length: Math.floor(rnd() * 80) }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('') : mutate(rnd, SEEDS[i % SEEDS.length]);
      try {
        normaliseLine(line, { now: T });
        parsed++;
      } catch (err) {
        if (!(err instanceof Malformed)) assert.fail(`${String(err)} on ${JSON.stringify(line)}`);
        assert.ok(err.detail.length > 0);
        reasons.set(err.reason, (reasons.get(err.reason) ?? 0) + 1);
      }
    }
    assert.ok(parsed > 10_000, `${parsed} parsed`);
    assert.ok(reasons.size >= 8, [...reasons.keys()].join(','));
  });

  it('random bytes in random chunks never grow the TCP framer past its limit', () => {
    const rnd = seededRandom(11);
    let frames = 0;
    const f = new SyslogTcpFramer(() => frames++, () => undefined, { maxFrameBytes: 4096 });
    for (let i = 0; i < 20_000; i++) {
      const chunk = Buffer.alloc(1 + Math.floor(rnd() * 600));
      for (let j = 0; j < chunk.length; j++) chunk[j] = rnd() < 0.02 ? 0x0a : rnd() < 0.05 ? 0x30 + Math.floor(rnd() * 10) : Math.floor(rnd() * 256);
      f.push(chunk);
      assert.ok(f.bufferedBytes <= 4096 + 16, `buffered ${f.bufferedBytes}`);
    }
    assert.ok(frames > 0);
  });
});
