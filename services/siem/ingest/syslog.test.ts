import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Malformed } from './event';
import { parseSyslog } from './syslog';

const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);

function rejects(line: string, reason: string, detail: RegExp) {
  assert.throws(() => parseSyslog(line, { now: NOW }), (e: unknown) => e instanceof Malformed && e.reason === reason && detail.test(e.detail));
}

describe('RFC 5424', () => {
  it('parses the RFC example with structured data and a BOM before MSG', () => {
    const m = parseSyslog('<165>1 2026-11-23T14:14:15.003+07:00 nvr-hk-01.iot.hanoi.gov.vn evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"][examplePriority@32473 class="high"] \uFEFFAn application event');
    assert.equal(m.format, 'syslog5424');
    assert.equal(m.facility, 20);
    assert.equal(m.severity, 5);
    assert.equal(m.timeMs, Date.parse('2026-11-23T07:14:15.003Z'));
    assert.equal(m.hostname, 'nvr-hk-01.iot.hanoi.gov.vn');
    assert.equal(m.appName, 'evntslog');
    assert.equal(m.procId, '');
    assert.equal(m.msgId, 'ID47');
    assert.deepEqual(m.structuredData, { 'exampleSDID@32473': { iut: '3', eventSource: 'Application', eventID: '1011' }, 'examplePriority@32473': { class: 'high' } });
    assert.equal(m.msg, 'An application event');
  });

  it('unescapes \\" \\\\ and \\] in SD values and accepts nil values and no MSG', () => {
    const m = parseSyslog('<34>1 - - - - - [auth@32473 user="ad\\"min\\\\x" note="a\\]b"]');
    assert.equal(m.timeMs, 0);
    assert.equal(m.hostname, '');
    assert.deepEqual(m.structuredData['auth@32473'], { user: 'ad"min\\x', note: 'a]b' });
    assert.equal(m.msg, '');
  });

  it('names the bad part', () => {
    rejects('<34>1 2026-13-45T99:00:00Z host app - - - x', 'syslog.timestamp', /TIMESTAMP: .* not a real date/);
    rejects('<34>1 yesterday host app - - - x', 'syslog.timestamp', /not RFC 3339/);
    rejects('<34>2 2026-11-23T14:00:00Z host app - - - x', 'syslog.version', /VERSION: "2"/);
    rejects('<34>1 2026-11-23T14:00:00Z host', 'syslog.header', /APP-NAME: missing/);
    rejects('<34>1 2026-11-23T14:00:00Z host app - - [id a=b] x', 'syslog.sd', /expected name="value"/);
    rejects('<34>1 2026-11-23T14:00:00Z host app - - [id a="b] x', 'syslog.sd', /no closing quote/);
    rejects('<34>1 2026-11-23T14:00:00Z host app - - {x}', 'syslog.sd', /expected "-" or "\["/);
    rejects(`<34>1 2026-11-23T14:00:00Z ${'h'.repeat(300)} app - - - x`, 'syslog.header', /HOSTNAME: 300 characters/);
  });
});

describe('RFC 3164', () => {
  it('parses a BSD line in Hanoi time with tag and pid', () => {
    const m = parseSyslog('<38>Nov 23 14:03:01 cam-0003 sshd[2211]: Failed password for admin from 185.220.101.4 port 50122 ssh2', { now: NOW });
    assert.equal(m.format, 'syslog3164');
    assert.equal(m.facility, 4);
    assert.equal(m.severity, 6);
    assert.equal(m.timeMs, Date.parse('2026-11-23T07:03:01Z'));
    assert.equal(m.hostname, 'cam-0003');
    assert.equal(m.appName, 'sshd');
    assert.equal(m.procId, '2211');
    assert.equal(m.msg, 'Failed password for admin from 185.220.101.4 port 50122 ssh2');
  });

  it('pads single-digit days with a space and puts a December stamp read in January into last year', () => {
    const jan1 = Date.UTC(2027, 0, 1, 0, 30);
    assert.equal(parseSyslog('<13>Dec 31 23:59:59 fw01 kernel: drop', { now: jan1 }).timeMs, Date.parse('2026-12-31T16:59:59Z'));
    assert.equal(parseSyslog('<13>Nov  3 09:00:00 fw01 x', { now: NOW }).timeMs, Date.parse('2026-11-03T02:00:00Z'));
  });

  it('keeps a CEF payload whole instead of reading "CEF" as the tag', () => {
    const m = parseSyslog('<134>Nov 23 14:03:01 nvr-hk-01 CEF:0|Hikvision|NVR|4.1|101|Login failed|5|src=1.2.3.4', { now: NOW });
    assert.equal(m.appName, '');
    assert.match(m.msg, /^CEF:0\|Hikvision/);
  });

  it('rejects a missing PRI, PRI over 191 and an unreadable timestamp', () => {
    rejects('Nov 23 14:03:01 host app: x', 'syslog.pri', /PRI: expected/);
    rejects('<192>Nov 23 14:03:01 host app: x', 'syslog.pri', /"192" is not 0–191/);
    rejects('<13>Foo 23 14:03:01 host app: x', 'syslog.timestamp', /not a real date/);
    rejects('<13>garbage', 'syslog.timestamp', /expected "Mmm dd hh:mm:ss"/);
  });
});
