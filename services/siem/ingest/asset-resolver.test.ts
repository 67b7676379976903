import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AssetResolver } from './asset-resolver';
import { emptyEvent, Malformed } from './event';
import { IngestStats } from './ingest-stats';

const asset = (id: string, ip: string, name = id) => ({ id, kind: 'camera', name, criticality: 3, ward: 'Láng', lat: null, lon: null, ip });

describe('asset resolution and ingest stats', () => {
  it('resolves by asset id, host name or IP, then destination, then source address', () => {
    const r = new AssetResolver([asset('CAM-0003', '10.30.1.3', 'Ô Chợ Dừa'), asset('SRV-IOC-DATA-01', '10.10.1.15')]);
    const ev = (p: Partial<ReturnType<typeof emptyEvent>>) => ({ ...emptyEvent(), ...p });
    const byHost = ev({ host: 'cam-0003.iot.hanoi.gov.vn' });
    assert.equal(r.resolve(byHost)?.id, 'CAM-0003');
    assert.equal(byHost.asset_id, 'CAM-0003');
    assert.equal(r.resolve(ev({ host: '10.30.1.3' }))?.id, 'CAM-0003');
    assert.equal(r.resolve(ev({ host: 'ids-dc1', destination_ip: '10.30.1.3', source_ip: '10.10.1.15' }))?.id, 'CAM-0003');
    assert.equal(r.resolve(ev({ host: 'fw-dc1', destination_ip: '45.77.12.9', source_ip: '10.10.1.15' }))?.id, 'SRV-IOC-DATA-01');
    assert.equal(r.resolve(ev({ host: 'unknown' })), undefined);
    r.add(asset('CAM-0003', '10.30.9.9'));
    assert.equal(r.byAddress('10.30.1.3'), undefined, 'a changed IP no longer resolves to the asset');
    assert.equal(r.byAddress('10.30.9.9')?.id, 'CAM-0003');
  });

  it('counts rejections per reason and keeps only the newest samples, cut to 2 KiB', () => {
    const s = new IngestStats(3);
    for (let i = 0; i < 5; i++) s.reject(new Malformed('syslog.pri', `PRI: bad ${i}`), 'udp', '127.0.0.1:5', 'x'.repeat(5000), i);
    s.reject(new Malformed('cef.header', 'Name: missing'), 'tcp', '127.0.0.1:6', 'CEF:0|a', 9);
    s.accept('cef');
    const snap = s.snapshot();
    assert.deepEqual([snap.received, snap.accepted, snap.rejected], [7, 1, 6]);
    assert.deepEqual(snap.rejections, [{ reason: 'syslog.pri', count: 5 }, { reason: 'cef.header', count: 1 }]);
    assert.deepEqual(snap.samples.map((x) => x.detail), ['PRI: bad 3', 'PRI: bad 4', 'Name: missing']);
    assert.equal(snap.samples[0].line.length, 2048);
  });
});
