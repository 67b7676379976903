import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as dgram from 'node:dgram';
import * as net from 'node:net';
import { createLogger } from '../../../common/log';
import { SyslogListeners, type LineSink } from './listeners';

const quiet = createLogger('test', () => undefined);

function recordingSink(congested = false) {
  const lines: string[] = [];
  const rejects: string[] = [];
  const sink: LineSink = { line: (t) => lines.push(t), reject: (e) => rejects.push(e.reason), congested, onDrained: () => undefined };
  return { sink, lines, rejects };
}

describe('syslog listeners', () => {
  it('says which address could not be bound', async () => {
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const port = (taken.address() as net.AddressInfo).port;
    await assert.rejects(SyslogListeners.start({ host: '127.0.0.1', udpPort: 0, tcpPort: port }, recordingSink().sink, quiet), new RegExp(`^Error: cannot listen for syslog on tcp 127.0.0.1:${port}: .*EADDRINUSE`));
    await new Promise<void>((r) => taken.close(() => r()));
  });

  it('splits a datagram holding several lines and refuses one over the line limit', async () => {
    const rec = recordingSink();
    const l = await SyslogListeners.start({ host: '127.0.0.1', udpPort: 0, tcpPort: null, maxLineBytes: 1024 }, rec.sink, quiet);
    assert.deepEqual(l.addresses.map((a) => a.transport), ['udp']);
    const sock = dgram.createSocket('udp4');
    const send = (b: Buffer) => new Promise<void>((r) => sock.send(b, l.addresses[0].port, '127.0.0.1', () => r()));
    await send(Buffer.from('<13>Nov 23 14:00:00 a x: one\r\n<13>Nov 23 14:00:00 a x: two\n'));
    await send(Buffer.alloc(2000, 0x61));
    for (let i = 0; i < 100 && rec.lines.length + rec.rejects.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    sock.close();
    await l.close();
    assert.deepEqual(rec.lines, ['<13>Nov 23 14:00:00 a x: one', '<13>Nov 23 14:00:00 a x: two']);
    assert.deepEqual(rec.rejects, ['udp.too_long']);
  });
});
