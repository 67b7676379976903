import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCef } from './cef';
import { fromCef } from './cef-event';
import { Malformed } from './event';

const isMalformed = (reason: string, detail: RegExp) => (e: unknown) => e instanceof Malformed && e.reason === reason && detail.test(e.detail);

describe('CEF', () => {
  it('unescapes \\| and \\\\ in the header and keeps values with spaces', () => {
    const c = parseCef('CEF:0|Hikvision|DS-9632NI-I8 NVR|4.1.64|auth\\|fail|Admin login failed on C:\\\\nvr|7|src=185.220.101.4 suser=admin act=login outcome=Failure msg=Wrong password for web admin');
    assert.equal(c.deviceVendor, 'Hikvision');
    assert.equal(c.deviceProduct, 'DS-9632NI-I8 NVR');
    assert.equal(c.signatureId, 'auth|fail');
    assert.equal(c.name, 'Admin login failed on C:\\nvr');
    assert.equal(c.severity, 7);
    assert.deepEqual(c.extension, { src: '185.220.101.4', suser: 'admin', act: 'login', outcome: 'Failure', msg: 'Wrong password for web admin' });
  });

  it('unescapes \\= \\\\ \\n in extension values and does not split on an escaped key=', () => {
    const c = parseCef('CEF:1|Fortinet|FortiGate|7.4|0001|traffic|Low|msg=a\\=b c\\\\d\\nline two x\\=1 cs1Label=MITRE Technique cs1=T1048 request=https://portal.hanoi.gov.vn/?q=1&r=2');
    assert.equal(c.severity, 2);
    assert.equal(c.extension.msg, 'a=b c\\d\nline two x=1');
    assert.equal(c.extension.cs1, 'T1048');
    assert.equal(c.extension.request, 'https://portal.hanoi.gov.vn/?q=1&r=2');
  });

  it('maps to the normalised event with syslog context and rt in both forms', () => {
    const raw = 'CEF:0|Hikvision|NVR|4.1|101|Login failed|5|rt=Nov 23 2026 14:03:01 +07:00 src=185.220.101.4 spt=50122 dst=10.30.0.5 dpt=443 suser=admin act=login outcome=failure out=1024';
    const e = fromCef(parseCef(raw), raw, { timeMs: 1, host: 'nvr-hk-01', now: 2 });
    assert.equal(e.time_ms, String(Date.parse('2026-11-23T07:03:01Z')));
    assert.deepEqual(
      [e.host, e.source_ip, e.source_port, e.destination_ip, e.destination_port, e.user, e.action, e.outcome, e.severity, e.product, e.signature, e.bytes_out],
      ['nvr-hk-01', '185.220.101.4', 50122, '10.30.0.5', 443, 'admin', 'login', 'failure', 'medium', 'nvr', 'Login failed', '1024'],
    );
    const epoch = parseCef('CEF:0|V|P|1|x|y|10|rt=1795410181000');
    assert.equal(fromCef(epoch, '', { timeMs: 0, host: '', now: 0 }).time_ms, '1795410181000');
    assert.equal(fromCef(epoch, '', { timeMs: 0, host: '', now: 0 }).severity, 'critical');
  });

  it('says which header field or value is wrong', () => {
    assert.throws(() => parseCef('CEF:0|Vendor|Product|1.0|100'), isMalformed('cef.header', /^Name: missing; .* found 5/));
    assert.throws(() => parseCef('CEF:2|V|P|1|x|y|5|'), isMalformed('cef.header', /Version: "2" is not 0 or 1/));
    assert.throws(() => parseCef('CEF:0|V|P|1|x|y|11|'), isMalformed('cef.header', /Severity: "11"/));
    assert.throws(() => parseCef('CEF:0||P|1|x|y|5|'), isMalformed('cef.header', /Device Vendor: is empty/));
    assert.throws(() => parseCef('CEF:0|V|P|1|x|y|5|junk before src=1.2.3.4'), isMalformed('cef.extension', /text "junk before" before the first key=value/));
    assert.throws(() => parseCef('CEF:0|V|P|1|x|y|5|no pairs at all'), isMalformed('cef.extension', /no key=value pair/));
    const raw = 'CEF:0|V|P|1|x|y|5|src=999.1.1.1';
    assert.throws(() => fromCef(parseCef(raw), raw, { timeMs: 0, host: '', now: 0 }), isMalformed('cef.field', /src: "999.1.1.1" is not an IPv4/));
    const badRt = 'CEF:0|V|P|1|x|y|5|rt=yesterday';
    assert.throws(() => fromCef(parseCef(badRt), badRt, { timeMs: 0, host: '', now: 0 }), isMalformed('cef.field', /rt: "yesterday"/));
  });
});
