import * as dgram from 'node:dgram';
import * as net from 'node:net';
import type { Logger } from '../../../common/log';
import { callUnary, type SiemServiceClient } from '../../../proto/clients';
import * as L from './log-lines';

export interface FeedAsset {
  id: string;
  kind: string;
  ip?: string;
}

const SIGNATURES = [
  ['ET SCAN Nmap scan against camera RTSP port', 'T1046', 'low', 554],
  ['ET EXPLOIT Hikvision camera command injection attempt', 'T1190', 'critical', 80],
  ['ET POLICY Modbus write from non-engineering host', 'T0855', 'high', 502],
  ['ET MALWARE Mirai botnet telnet brute force', 'T1110', 'high', 23],
] as const;

/** Sends the demo's security events as real log lines (syslog, CEF, Suricata EVE, ECS) to the SIEM's listeners. */
export class SiemLogFeed {
  private tcp: net.Socket | null = null;
  private readonly udp = dgram.createSocket('udp4');

  private constructor(
    private readonly host: string,
    private readonly udpPort: number,
    private readonly tcpPort: number,
    private readonly assets: readonly FeedAsset[],
    private readonly rnd: () => number,
    private readonly logger: Logger,
  ) {
    this.udp.on('error', (err) => logger.debug('demo feed udp error', { error: String(err) }));
  }

  /** Finds the engine's listeners (GetIngestStats); null when it has none. */
  static async connect(client: SiemServiceClient, engineAddress: string, assets: readonly FeedAsset[], rnd: () => number, logger: Logger): Promise<SiemLogFeed | null> {
    const { listeners } = await callUnary(client, client.GetIngestStats, {});
    const udp = listeners.find((l) => l.transport === 'udp');
    const tcp = listeners.find((l) => l.transport === 'tcp');
    if (!udp || !tcp) return null;
    const port = (a: string) => Number(a.slice(a.lastIndexOf(':') + 1));
    const listenHost = tcp.address.slice(0, tcp.address.lastIndexOf(':')).replace(/^\[|\]$/g, '');
    // A wildcard listener is reached on the engine's own host.
    const host = listenHost === '0.0.0.0' || listenHost === '::' ? engineAddress.slice(0, engineAddress.lastIndexOf(':')) : listenHost;
    return new SiemLogFeed(host, port(udp.address), port(tcp.address), assets, rnd, logger);
  }

  /** One demo step: usually one scenario, sometimes none. */
  async tick(): Promise<void> {
    const now = Date.now();
    const r = this.rnd();
    const ip = () => `185.220.${Math.floor(this.rnd() * 255)}.${Math.floor(this.rnd() * 255)}`;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(this.rnd() * xs.length)];
    const cameras = this.assets.filter((a) => a.kind === 'camera');
    if (r < 0.2) {
      const cam = pick(cameras);
      const src = ip();
      await this.sendUdp(Array.from({ length: 6 }, (_, i) => L.sshdFailure(now - (6 - i) * 700, cam.id.toLowerCase(), 'admin', src, 40000 + i)));
    } else if (r < 0.3) {
      const src = ip();
      await this.sendTcp(Array.from({ length: 6 }, (_, i) => L.nvrLoginFailureCef(now - (6 - i) * 500, 'NVR-HK-01', src, 'admin')), 'octet');
    } else if (r < 0.65) {
      const target = pick(this.assets.filter((a) => a.ip));
      const [sig, technique, severity, port] = pick(SIGNATURES);
      await this.sendTcp([L.eveAlert(now - 400, `10.20.${Math.floor(this.rnd() * 255)}.${1 + Math.floor(this.rnd() * 250)}`, target.ip!, port, sig, technique, severity)], 'lf');
    } else if (r < 0.74) {
      await this.sendTcp([L.firewallTransferCef(now - 1000, '10.10.1.15', '45.77.12.9', 600 * 1024 * 1024 + Math.floor(this.rnd() * 1e9))], 'octet');
    } else if (r < 0.8) {
      await this.sendTcp([L.eveFlow(now - 800, `10.50.1.${100 + Math.floor(this.rnd() * 50)}`, '10.50.1.10', 502, 'modbus', 4000 + Math.floor(this.rnd() * 9000))], 'lf');
    } else if (r < 0.83) {
      const lines = Array.from({ length: 620 }, (_, i) => L.ecsHttpRequest(now - 5000 + i * 8, 'SRV-PORTAL-01', `${ip()}`, '/dichvucong/tra-cuu'));
      await this.sendTcp(lines, 'lf');
    } else if (r < 0.845) {
      // Cameras of one street block losing video within a minute: cabinet tampering or a power cut.
      const block = ['CAM-0002', 'CAM-0017', 'CAM-0018'].filter((id) => cameras.some((c) => c.id === id));
      await this.sendUdp(block.map((id, i) => L.cameraVideoLoss(now - (block.length - i) * 15_000, id)));
    } else if (r < 0.86) {
      const user = pick(['op.nguyen.van.an', 'op.tran.thi.binh', 'soc.le.minh']);
      await this.sendTcp([L.ecsVpnLogin(now - 20 * 60_000, user, '14.160.32.7', { lat: 21.03, lon: 105.85 }), L.ecsVpnLogin(now - 500, user, '103.252.1.9', { lat: 1.35, lon: 103.82 })], 'lf');
    } else {
      await this.sendUdp([L.sshdSuccess(now - 300, 'srv-ioc-data-01', 'backup', '10.10.5.7', 50500)]);
    }
  }

  private sendUdp(lines: string[]): Promise<void> {
    return Promise.all(lines.map((l) => new Promise<void>((res) => this.udp.send(Buffer.from(l), this.udpPort, this.host, () => res())))).then(() => undefined);
  }

  private async sendTcp(lines: string[], framing: 'lf' | 'octet'): Promise<void> {
    const sock = this.tcp ?? (await this.open());
    const text = lines.map((l) => (framing === 'lf' ? `${l}\n` : `${Buffer.byteLength(l)} ${l}`)).join('');
    await new Promise<void>((res, rej) => sock.write(text, (err) => (err ? rej(err) : res())));
  }

  private open(): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ host: this.host, port: this.tcpPort }, () => {
        this.tcp = s;
        resolve(s);
      });
      s.on('error', (err) => {
        this.logger.debug('demo feed tcp error', { error: String(err) });
        reject(err);
      });
      s.on('close', () => {
        if (this.tcp === s) this.tcp = null;
      });
    });
  }

  stop(): void {
    this.tcp?.destroy();
    this.udp.close();
  }
}
