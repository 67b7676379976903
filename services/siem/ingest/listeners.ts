import * as dgram from 'node:dgram';
import * as net from 'node:net';
import type { Logger } from '../../../common/log';
import { Malformed } from './event';
import { SyslogTcpFramer } from './framing';

export type Transport = 'udp' | 'tcp';

/** Where listeners hand what they read; congestion pauses TCP readers (UDP cannot wait, so it drops and counts). */
export interface LineSink {
  line(text: string, transport: Transport, peer: string): void;
  reject(err: Malformed, transport: Transport, peer: string, head: string): void;
  readonly congested: boolean;
  onDrained(cb: () => void): void;
}

export interface ListenerOptions {
  host: string;
  /** 0 picks a free port; null leaves that listener off. */
  udpPort: number | null;
  tcpPort: number | null;
  maxLineBytes?: number;
  maxConnections?: number;
  idleTimeoutMs?: number;
}

export interface ListenerAddress {
  transport: Transport;
  address: string;
  port: number;
}

/** Syslog receivers: UDP (RFC 5426, one or more LF-separated messages per datagram) and TCP (RFC 6587). */
export class SyslogListeners {
  readonly addresses: ListenerAddress[] = [];
  private udp?: dgram.Socket;
  private tcp?: net.Server;
  private sockets = new Set<net.Socket>();

  private constructor(
    private readonly sink: LineSink,
    private readonly logger: Logger,
    private readonly opts: ListenerOptions,
  ) {}

  static async start(opts: ListenerOptions, sink: LineSink, logger: Logger): Promise<SyslogListeners> {
    const l = new SyslogListeners(sink, logger, opts);
    try {
      if (opts.udpPort !== null) await l.startUdp(opts.udpPort);
      if (opts.tcpPort !== null) await l.startTcp(opts.tcpPort);
    } catch (err) {
      await l.close();
      throw err;
    }
    return l;
  }

  private get maxLine(): number {
    return this.opts.maxLineBytes ?? 64 * 1024;
  }

  private async startUdp(port: number): Promise<void> {
    const sock = dgram.createSocket({ type: net.isIPv6(this.opts.host) ? 'udp6' : 'udp4', recvBufferSize: 4 * 1024 * 1024 });
    this.udp = sock;
    sock.on('message', (msg, rinfo) => {
      const peer = `${rinfo.address}:${rinfo.port}`;
      if (this.sink.congested) return this.sink.reject(new Malformed('udp.overload', 'datagram: dropped while the engine was catching up'), 'udp', peer, msg.toString('utf8', 0, 200));
      if (msg.length > this.maxLine) return this.sink.reject(new Malformed('udp.too_long', `datagram: ${msg.length} bytes is over the ${this.maxLine}-byte limit`), 'udp', peer, msg.toString('utf8', 0, 200));
      for (const line of msg.toString('utf8').split('\n')) if (line.trim()) this.sink.line(line.replace(/[\r\0]+$/, ''), 'udp', peer);
    });
    sock.on('error', (err) => this.logger.error('syslog udp socket error', { error: String(err) }));
    await bound(sock, (done) => sock.bind(port, this.opts.host, done), `udp ${this.opts.host}:${port}`);
    const a = sock.address();
    this.addresses.push({ transport: 'udp', address: hostPort(this.opts.host, a.port), port: a.port });
  }

  private async startTcp(port: number): Promise<void> {
    const server = net.createServer((socket) => this.serve(socket));
    server.maxConnections = this.opts.maxConnections ?? 512;
    this.tcp = server;
    await bound(server, (done) => server.listen(port, this.opts.host, done), `tcp ${this.opts.host}:${port}`);
    server.on('error', (err) => this.logger.error('syslog tcp server error', { error: String(err) }));
    const a = server.address() as net.AddressInfo;
    this.addresses.push({ transport: 'tcp', address: hostPort(this.opts.host, a.port), port: a.port });
  }

  private serve(socket: net.Socket): void {
    const peer = `${socket.remoteAddress}:${socket.remotePort}`;
    this.sockets.add(socket);
    const framer = new SyslogTcpFramer(
      (frame) => this.sink.line(frame, 'tcp', peer),
      (err, head) => this.sink.reject(err, 'tcp', peer, head),
      { maxFrameBytes: this.maxLine },
    );
    socket.setTimeout(this.opts.idleTimeoutMs ?? 10 * 60_000, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      framer.push(chunk);
      if (this.sink.congested && !socket.isPaused()) {
        socket.pause();
        this.sink.onDrained(() => socket.resume());
      }
    });
    socket.on('error', (err) => this.logger.debug('syslog tcp connection error', { peer, error: String(err) }));
    socket.on('close', () => this.sockets.delete(socket));
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all([
      this.udp ? new Promise<void>((r) => this.udp!.close(() => r())) : undefined,
      this.tcp?.listening ? new Promise<void>((r) => this.tcp!.close(() => r())) : undefined,
    ]);
  }
}

function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Waits for a socket or server to be listening; a bind error names what could not be bound. */
function bound(emitter: NodeJS.EventEmitter, start: (done: () => void) => void, what: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (err: Error) => reject(new Error(`cannot listen for syslog on ${what}: ${err.message}`));
    emitter.once('error', fail);
    start(() => {
      emitter.off('error', fail);
      resolve();
    });
  });
}
