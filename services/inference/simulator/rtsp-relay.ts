// A small RTSP server over TCP (RTP interleaved, RFC 2326 §10.12): publishers ANNOUNCE/RECORD a
// mount (ffmpeg -f rtsp -rtsp_transport tcp), players DESCRIBE/SETUP/PLAY it (ffmpeg, VLC, the wall).
// Why not rtsp-streaming-server from npm: it answers TCP transport with 461/501 (UDP only), and the
// console pulls RTSP over TCP.
import * as net from 'node:net';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../../../common/log';

interface Mount {
  path: string;
  sdp: string;
  controls: string[];
  publisher: Session;
  players: Set<Session>;
}

interface Session {
  id: string;
  socket: net.Socket;
  role: 'none' | 'publisher' | 'player';
  mount?: Mount;
  /** publisher: interleaved channel → track index; player: track index → [rtp, rtcp] channel. */
  inChannels: Map<number, number>;
  outChannels: Map<number, [number, number]>;
  playing: boolean;
}

/** A player whose socket holds more than this is too slow for live video and is dropped. */
const MAX_PLAYER_BACKLOG = 8 * 1024 * 1024;

export class RtspRelay {
  private server?: net.Server;
  private readonly mounts = new Map<string, Mount>();
  private readonly sessions = new Set<Session>();
  port = 0;

  constructor(private readonly logger: Logger) {}

  /** Listens on host:port (0 picks a free port); resolves with the port. */
  listen(port = 0, host = '127.0.0.1'): Promise<number> {
    return new Promise((resolve, reject) => {
      const server = net.createServer((socket) => this.accept(socket));
      server.once('error', reject);
      server.listen(port, host, () => {
        this.server = server;
        this.port = (server.address() as net.AddressInfo).port;
        resolve(this.port);
      });
    });
  }

  /** Mount paths with a live publisher, and how many players each has. */
  stats(): { path: string; players: number }[] {
    return [...this.mounts.values()].map((m) => ({ path: m.path, players: [...m.players].filter((p) => p.playing).length }));
  }

  close(): Promise<void> {
    for (const s of this.sessions) s.socket.destroy();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(socket: net.Socket): void {
    socket.setNoDelay(true);
    const session: Session = { id: randomBytes(8).toString('hex'), socket, role: 'none', inChannels: new Map(), outChannels: new Map(), playing: false };
    this.sessions.add(session);
    let buf: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      try {
        buf = this.consume(session, buf);
      } catch (err) {
        this.logger.warn('rtsp connection dropped', { error: (err as Error).message });
        socket.destroy();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => this.drop(session));
  }

  /** Handles every complete message or interleaved packet in buf; returns the unconsumed rest. */
  private consume(s: Session, buf: Buffer): Buffer {
    for (;;) {
      if (!buf.length) return buf;
      if (buf[0] === 0x24) {
        if (buf.length < 4) return buf;
        const len = buf.readUInt16BE(2);
        if (buf.length < 4 + len) return buf;
        if (s.role === 'publisher') this.forward(s, buf[1], buf.subarray(4, 4 + len));
        buf = buf.subarray(4 + len);
        continue;
      }
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) {
        if (buf.length > 64 * 1024) throw new Error('request header over 64 KiB');
        return buf;
      }
      const head = buf.subarray(0, end).toString('utf8');
      const headers = new Map<string, string>();
      const lines = head.split('\r\n');
      for (const line of lines.slice(1)) {
        const i = line.indexOf(':');
        if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
      }
      const bodyLen = Number(headers.get('content-length') ?? 0);
      if (buf.length < end + 4 + bodyLen) return buf;
      const body = buf.subarray(end + 4, end + 4 + bodyLen).toString('utf8');
      buf = buf.subarray(end + 4 + bodyLen);
      const [method, url] = lines[0].split(' ');
      this.handle(s, method, url ?? '', headers, body);
    }
  }

  private reply(s: Session, status: string, headers: Map<string, string>, extra: Record<string, string> = {}, body = ''): void {
    const out = [`RTSP/1.0 ${status}`, `CSeq: ${headers.get('cseq') ?? '0'}`, 'Server: watchfloor-rtsp-relay'];
    for (const [k, v] of Object.entries(extra)) out.push(`${k}: ${v}`);
    if (body) out.push(`Content-Length: ${Buffer.byteLength(body)}`);
    s.socket.write(out.join('\r\n') + '\r\n\r\n' + body);
  }

  private handle(s: Session, method: string, url: string, headers: Map<string, string>, body: string): void {
    let path: string;
    try {
      path = new URL(url).pathname.replace(/\/+$/, '');
    } catch {
      return this.reply(s, '400 Bad Request', headers);
    }
    switch (method) {
      case 'OPTIONS':
        return this.reply(s, '200 OK', headers, { Public: 'OPTIONS, DESCRIBE, ANNOUNCE, SETUP, PLAY, RECORD, TEARDOWN, GET_PARAMETER, SET_PARAMETER' });
      case 'ANNOUNCE': {
        const old = this.mounts.get(path);
        if (old && old.publisher !== s) old.publisher.socket.destroy(); // a restarted camera replaces its stale self
        const mount: Mount = { path, sdp: body, controls: sdpControls(body), publisher: s, players: new Set() };
        this.mounts.set(path, mount);
        s.role = 'publisher';
        s.mount = mount;
        this.logger.info('rtsp publisher announced', { path });
        return this.reply(s, '200 OK', headers);
      }
      case 'DESCRIBE': {
        const mount = this.mounts.get(path);
        if (!mount) return this.reply(s, '404 Not Found', headers);
        return this.reply(s, '200 OK', headers, { 'Content-Type': 'application/sdp', 'Content-Base': `${url.replace(/\/+$/, '')}/` }, mount.sdp);
      }
      case 'SETUP': {
        const transport = headers.get('transport') ?? '';
        const m = /interleaved=(\d+)(?:-(\d+))?/.exec(transport);
        if (!/TCP/i.test(transport) || !m) return this.reply(s, '461 Unsupported Transport', headers);
        const rtp = Number(m[1]);
        const rtcp = m[2] === undefined ? rtp + 1 : Number(m[2]);
        const mountPath = s.role === 'publisher' && s.mount ? s.mount.path : [...this.mounts.keys()].filter((p) => path === p || path.startsWith(p + '/')).sort((a, b) => b.length - a.length)[0];
        const mount = mountPath === undefined ? undefined : this.mounts.get(mountPath);
        if (!mount) return this.reply(s, '404 Not Found', headers);
        const rest = path.slice(mount.path.length).replace(/^\//, '');
        const track = Math.max(0, mount.controls.findIndex((c) => c === rest || rest.endsWith(c)));
        if (s.role === 'publisher') {
          s.inChannels.set(rtp, track);
          s.inChannels.set(rtcp, track);
        } else {
          s.role = 'player';
          s.mount = mount;
          s.outChannels.set(track, [rtp, rtcp]);
          mount.players.add(s);
        }
        return this.reply(s, '200 OK', headers, { Transport: `RTP/AVP/TCP;unicast;interleaved=${rtp}-${rtcp}`, Session: `${s.id};timeout=60` });
      }
      case 'RECORD':
        return this.reply(s, s.role === 'publisher' ? '200 OK' : '455 Method Not Valid in This State', headers, { Session: s.id });
      case 'PLAY':
        if (s.role !== 'player') return this.reply(s, '455 Method Not Valid in This State', headers);
        s.playing = true;
        return this.reply(s, '200 OK', headers, { Session: s.id, Range: 'npt=0.000-' });
      case 'GET_PARAMETER':
      case 'SET_PARAMETER':
        return this.reply(s, '200 OK', headers, { Session: s.id });
      case 'TEARDOWN':
        this.reply(s, '200 OK', headers, { Session: s.id });
        s.socket.end();
        return;
      default:
        return this.reply(s, '501 Not Implemented', headers);
    }
  }

  private forward(pub: Session, channel: number, packet: Buffer): void {
    const mount = pub.mount;
    const track = pub.inChannels.get(channel);
    if (!mount || track === undefined || mount.publisher !== pub) return;
    const isRtcp = channel % 2 === 1;
    for (const p of mount.players) {
      if (!p.playing) continue;
      const ch = p.outChannels.get(track);
      if (!ch) continue;
      if (p.socket.writableLength > MAX_PLAYER_BACKLOG) {
        this.logger.warn('rtsp player too slow; dropped', { path: mount.path });
        p.socket.destroy();
        continue;
      }
      const header = Buffer.from([0x24, isRtcp ? ch[1] : ch[0], packet.length >> 8, packet.length & 255]);
      p.socket.write(Buffer.concat([header, packet]));
    }
  }

  private drop(s: Session): void {
    this.sessions.delete(s);
    const mount = s.mount;
    if (!mount) return;
    mount.players.delete(s);
    if (mount.publisher === s) {
      if (this.mounts.get(mount.path) === mount) this.mounts.delete(mount.path);
      // Players of a vanished publisher get a clean end of stream, so they reconnect.
      for (const p of mount.players) p.socket.end();
      this.logger.info('rtsp publisher left', { path: mount.path });
    }
  }
}

/** The a=control value of each media section, in order. */
function sdpControls(sdp: string): string[] {
  const out: string[] = [];
  let inMedia = false;
  for (const line of sdp.split(/\r?\n/)) {
    if (line.startsWith('m=')) {
      inMedia = true;
      out.push('');
    } else if (inMedia && line.startsWith('a=control:')) out[out.length - 1] = line.slice('a=control:'.length).trim();
  }
  return out;
}
