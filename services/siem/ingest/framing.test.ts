import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SyslogTcpFramer } from './framing';

function framer(max = 1024) {
  const frames: string[] = [];
  const rejects: string[] = [];
  const f = new SyslogTcpFramer((x) => frames.push(x), (e) => rejects.push(`${e.reason}: ${e.detail}`), { maxFrameBytes: max });
  return { f, frames, rejects };
}

describe('RFC 6587 TCP framing', () => {
  it('splits LF framing across chunk boundaries and drops CR and NUL terminators', () => {
    const { f, frames } = framer();
    f.push(Buffer.from('<13>Nov 23 14:00:00 a x: one\r\n<13>Nov 23 14:'));
    f.push(Buffer.from('00:01 a x: two\0\n'));
    assert.deepEqual(frames, ['<13>Nov 23 14:00:00 a x: one', '<13>Nov 23 14:00:01 a x: two']);
    assert.equal(f.bufferedBytes, 0);
  });

  it('reads octet-counted frames whose MSG holds a newline, split anywhere, mixed with LF frames', () => {
    const { f, frames } = framer();
    const msg = '<34>1 2026-11-23T14:00:00Z h app - - - line one\nline two';
    const wire = Buffer.from(`${Buffer.byteLength(msg)} ${msg}<13>Nov 23 14:00:00 a x: lf\n11 <13>x a: ok`);
    for (let i = 0; i < wire.length; i += 7) f.push(wire.subarray(i, i + 7));
    assert.deepEqual(frames, [msg, '<13>Nov 23 14:00:00 a x: lf', '<13>x a: ok']);
  });

  it('counts octets as bytes, not characters (UTF-8 Vietnamese text)', () => {
    const { f, frames } = framer();
    const msg = '<14>1 - - app - - - Mất tín hiệu camera';
    f.push(Buffer.from(`${Buffer.byteLength(msg)} ${msg}`));
    assert.deepEqual(frames, [msg]);
  });

  it('drops a 10 MB line without buffering it and keeps framing the lines after it', () => {
    const { f, frames, rejects } = framer(64 * 1024);
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    for (let i = 0; i < 40; i++) {
      f.push(chunk);
      assert.ok(f.bufferedBytes <= 64 * 1024, `buffered ${f.bufferedBytes}`);
    }
    f.push(Buffer.from('tail\n<13>Nov 23 14:00:00 a x: after\n'));
    assert.deepEqual(frames, ['<13>Nov 23 14:00:00 a x: after']);
    assert.equal(rejects.length, 1);
    assert.match(rejects[0], /^tcp\.line_too_long: line: over the 65536-byte limit/);
  });

  it('skips an oversize octet-counted frame by its length and rejects bad MSG-LEN', () => {
    const { f, frames, rejects } = framer(16);
    f.push(Buffer.from(`40 ${'x'.repeat(40)}11 <13>x a: ok`));
    f.push(Buffer.from('12345678901 junk\n<13>x a: b\n'));
    assert.deepEqual(frames, ['<13>x a: ok', '<13>x a: b']);
    assert.match(rejects[0], /^tcp\.frame_too_long: MSG-LEN: 40 bytes/);
    assert.match(rejects[1], /^tcp\.framing: MSG-LEN: expected digits then a space/);
  });
});
