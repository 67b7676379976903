import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Asset } from '../detection';
import { emptyEvent, type NormalEvent } from '../ingest/event';
import { DEFAULT_RULES_DIR } from '../detection';
import { compileRuleText, loadRulePack } from './rule-loader';
import { RuleSet } from './rule-engine';

const T0 = Date.UTC(2026, 10, 23, 7, 0, 0);
const CAM: Asset = { id: 'CAM-0003', kind: 'camera', name: 'Ô Chợ Dừa', criticality: 3, ward: 'Đống Đa', lat: 21.019, lon: 105.827, ip: '10.30.0.13' };

function ev(patch: Partial<NormalEvent>): NormalEvent {
  return { ...emptyEvent(), time_ms: String(T0), action: 'log', ...patch };
}

function ruleSet(detection: string, extra = ''): RuleSet {
  const { rules, errors } = compileRuleText(`title: T {source_ip}\nid: t-rule\nlevel: medium\n${extra}detection:\n${detection}`, 't.yml');
  assert.deepEqual(errors, []);
  return new RuleSet(rules);
}

const fires = (rs: RuleSet, e: NormalEvent, asset?: Asset, sourceAsset?: Asset) => rs.evaluate({ event: e, asset, sourceAsset }).length > 0;

describe('rule semantics', () => {
  it('plain values are case-insensitive with * and ? wildcards; lists are OR; |all is AND', () => {
    const rs = ruleSet('  s:\n    user: ADMIN*\n    host: [nvr-?1, cam-0003]\n  condition: s\n');
    assert.ok(fires(rs, ev({ user: 'admin2', host: 'NVR-01' })));
    assert.ok(fires(rs, ev({ user: 'Administrator', host: 'cam-0003' })));
    assert.ok(!fires(rs, ev({ user: 'root', host: 'nvr-01' })));
    assert.ok(!fires(rs, ev({ user: 'admin', host: 'nvr-001' })));
    const all = ruleSet('  s:\n    message|contains|all: [login, failed]\n  condition: s\n');
    assert.ok(fires(all, ev({ message: 'Login FAILED for admin' })));
    assert.ok(!fires(all, ev({ message: 'login ok' })));
  });

  it('contains, startswith, endswith, re, cidr (v4 and v6), gt/gte/lt/lte and null', () => {
    const cases: [string, Partial<NormalEvent>, boolean][] = [
      ['message|contains: Mirai', { message: 'ET MALWARE mirai telnet' }, true],
      ['host|startswith: cam-', { host: 'CAM-0001' }, true],
      ['host|endswith: .hanoi.gov.vn', { host: 'nvr.iot.hanoi.gov.vn' }, true],
      ['host|endswith: .hanoi.gov.vn', { host: 'hanoi.gov.vn.evil.com' }, false],
      ["signature|re: '^ET (EXPLOIT|MALWARE) '", { signature: 'ET EXPLOIT Hikvision' }, true],
      ["signature|re: '^ET (EXPLOIT|MALWARE) '", { signature: 'et exploit lower' }, false],
      ['source_ip|cidr: 10.50.0.0/16', { source_ip: '10.50.7.9' }, true],
      ['source_ip|cidr: 10.50.0.0/16', { source_ip: '10.51.0.1' }, false],
      ["source_ip|cidr: 'fd00:50::/32'", { source_ip: 'fd00:50::1' }, true],
      ['source_ip|cidr: 10.50.0.0/16', { source_ip: '' }, false],
      ['bytes_out|gte: 1000', { bytes_out: '1000' }, true],
      ['bytes_out|gt: 1000', { bytes_out: '1000' }, false],
      ['destination_port|lt: 1024', { destination_port: 502 }, true],
      ['destination_port|lte: 21', { destination_port: 22 }, false],
      ['user: null', { user: '' }, true],
      ['user: null', { user: 'x' }, false],
      ['destination_port: 502', { destination_port: 502 }, true],
    ];
    for (const [line, patch, want] of cases) assert.equal(fires(ruleSet(`  s:\n    ${line}\n  condition: s\n`), ev(patch)), want, `${line} on ${JSON.stringify(patch)}`);
  });

  it('asset fields come from the inventory; keywords search message and raw', () => {
    const rs = ruleSet('  s:\n    asset_kind: camera\n    asset_ward: Đống Đa\n  condition: s\n');
    assert.ok(fires(rs, ev({}), CAM));
    assert.ok(!fires(rs, ev({})));
    const kw = ruleSet('  kw:\n    - video loss\n    - tamper\n  condition: kw\n');
    assert.ok(fires(kw, ev({ raw: '<28>1 - cam - - - Tamper alarm' })));
    assert.ok(!fires(kw, ev({ message: 'ok' })));
  });

  it('and / or / not with parentheses, 1 of, all of, all of them', () => {
    const sels = '  sel_a:\n    user: a\n  sel_b:\n    host: b\n  filter:\n    outcome: success\n';
    const check = (cond: string, patch: Partial<NormalEvent>) => fires(ruleSet(`${sels}  condition: ${cond}\n`), ev(patch));
    assert.ok(check('sel_a and not filter', { user: 'a', outcome: 'failure' }));
    assert.ok(!check('sel_a and not filter', { user: 'a', outcome: 'success' }));
    assert.ok(check('(sel_a or sel_b) and not filter', { host: 'b' }));
    assert.ok(!check('sel_a or sel_b and filter', { host: 'b' }), 'and binds tighter than or');
    assert.ok(check('1 of sel_*', { host: 'b' }));
    assert.ok(!check('all of sel_*', { host: 'b' }));
    assert.ok(check('all of sel_*', { user: 'a', host: 'b' }));
    assert.ok(!check('all of them', { user: 'a', host: 'b' }));
    assert.ok(check('all of them', { user: 'a', host: 'b', outcome: 'success' }));
    assert.ok(check('not not sel_a', { user: 'a' }));
  });

  it('count() by field > N within the timeframe fires once per crossing with the first event time', () => {
    const rs = ruleSet('  s:\n    action: login\n  condition: s | count() by source_ip > 2\n  timeframe: 1m\n');
    const at = (s: number, ip = '1.1.1.1') => rs.evaluate({ event: ev({ action: 'login', source_ip: ip, time_ms: String(T0 + s * 1000) }), asset: undefined, sourceAsset: undefined });
    assert.equal(at(0).length, 0);
    assert.equal(at(10).length, 0);
    assert.equal(at(5, '2.2.2.2').length, 0, 'another group');
    const hit = at(20);
    assert.equal(hit.length, 1);
    assert.equal(hit[0].firstEventMs, T0);
    assert.equal(hit[0].title, 'T 1.1.1.1');
    assert.equal(at(21).length, 0, 'restarts after firing');
    assert.equal(at(200).length, 0);
    assert.equal(at(300).length, 0);
    assert.equal(at(400).length, 0, 'events more than the timeframe apart never add up');
  });

  it('count(field) counts distinct values (cameras offline per ward)', () => {
    const rs = ruleSet('  s:\n    action: device_offline\n  condition: s | count(asset_id) by asset_ward > 2\n  timeframe: 5m\n');
    const off = (id: string, s: number) => rs.evaluate({ event: ev({ action: 'device_offline', asset_id: id, time_ms: String(T0 + s * 1000) }), asset: { ...CAM, id }, sourceAsset: undefined }).length;
    assert.equal(off('CAM-1', 0), 0);
    assert.equal(off('CAM-1', 10), 0, 'the same camera twice counts once');
    assert.equal(off('CAM-2', 20), 0);
    assert.equal(off('CAM-3', 30), 1);
  });

  it('travel_kmh() by user fires on Hanoi then Ho Chi Minh City 30 minutes apart, not on a tram ride', () => {
    const rs = ruleSet('  s:\n    action: login\n  condition: s | travel_kmh() by user > 900\n  timeframe: 12h\n');
    const login = (user: string, lat: number, lon: number, min: number) => rs.evaluate({ event: ev({ action: 'login', user, source_geo: { lat, lon }, time_ms: String(T0 + min * 60_000) }), asset: undefined, sourceAsset: undefined });
    assert.equal(login('op.an', 21.03, 105.85, 0).length, 0);
    assert.equal(login('op.an', 21.0, 105.8, 30).length, 0, 'same city');
    const hit = login('op.an', 10.78, 106.7, 60);
    assert.equal(hit.length, 1);
    assert.equal(hit[0].firstEventMs, T0 + 30 * 60_000);
    assert.equal(login('op.binh', 10.78, 106.7, 61).length, 0, 'another user');
    assert.equal(rs.evaluate({ event: ev({ action: 'login', user: 'op.an' }), asset: undefined, sourceAsset: undefined }).length, 0, 'no geo, no travel');
  });

  it('logsource product/category filter; event_severity and technique', () => {
    const rs = ruleSet('  s:\n    action: ids_alert\n  condition: s\n', 'event_severity: true\nlogsource:\n  product: suricata\n  category: ids\n');
    assert.equal(rs.evaluate({ event: ev({ action: 'ids_alert', product: 'zeek' }), asset: undefined, sourceAsset: undefined }).length, 0);
    const [d] = rs.evaluate({ event: ev({ action: 'ids_alert', product: 'Suricata', severity: 'critical', mitre_technique: 'T1190', asset_id: 'CAM-0002' }), asset: undefined, sourceAsset: undefined });
    assert.deepEqual([d.severity, d.mitreTechnique, d.assetId], ['critical', 'T1190', 'CAM-0002']);
  });

  it('the shipped pack: a new device on the OT network fires only for an address not in the inventory', () => {
    const rs = new RuleSet(loadRulePack(DEFAULT_RULES_DIR).rules);
    const flow = ev({ action: 'flow', product: 'suricata', source_ip: '10.50.1.77', destination_ip: '10.50.1.10', destination_port: 502 });
    assert.deepEqual(rs.evaluate({ event: flow, asset: undefined, sourceAsset: undefined }).map((d) => d.ruleId), ['wf-ot-new-device']);
    const known: Asset = { ...CAM, id: 'PLC-PUMP-YENSO', kind: 'plc', ip: '10.50.1.77' };
    assert.deepEqual(rs.evaluate({ event: flow, asset: undefined, sourceAsset: known }), []);
  });
});
