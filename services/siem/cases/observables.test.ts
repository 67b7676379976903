import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyEvent } from '../ingest/event';
import { extractObservables } from './observables';

const ev = (over: Partial<ReturnType<typeof emptyEvent>>) => ({ ...emptyEvent(), ...over });

test('extracts ips, domains, hashes, users and assets with the alerts they came from', () => {
  const obs = extractObservables([
    {
      alertId: 'ALR-1',
      assetId: 'CAM-0003',
      sourceIp: '185.220.101.4',
      events: [ev({ source_ip: '185.220.101.4', destination_ip: '10.20.0.3', user: 'admin', raw: 'GET /cgi-bin/x.cgi from evil.example.com sha256=' + 'a'.repeat(64) + ' file=dump.log' })],
    },
    { alertId: 'ALR-2', assetId: 'CAM-0004', sourceIp: '185.220.101.4', events: [ev({ user: '-', message: 'md5 D41D8CD98F00B204E9800998ECF8427E' })] },
  ]);
  const by = (kind: string) => obs.filter((o) => o.kind === kind).map((o) => o.value);
  assert.deepEqual(by('ip'), ['10.20.0.3', '185.220.101.4']);
  assert.deepEqual(by('domain'), ['evil.example.com']);
  assert.deepEqual(by('hash').sort(), ['a'.repeat(64), 'd41d8cd98f00b204e9800998ecf8427e']);
  assert.deepEqual(by('user'), ['admin']);
  assert.deepEqual(by('asset'), ['CAM-0003', 'CAM-0004']);
  assert.deepEqual(obs.find((o) => o.value === '185.220.101.4')!.alert_ids, ['ALR-1', 'ALR-2']);
});

test('placeholders and file names are not observables', () => {
  const obs = extractObservables([{ alertId: 'A', assetId: '', sourceIp: '', events: [ev({ user: 'unknown', raw: 'wrote report.txt and index.html' })] }]);
  assert.deepEqual(obs, []);
});
