import { randomUUID } from 'node:crypto';
import type { Logger } from '../../common/log';
import type { EngineName } from '../../common/domain/engines';
import type { GeoPoint } from '../../common/domain/geo';
import { INCIDENT_TYPES, nextStatuses, type IncidentStatus } from '../../common/domain/incident';
import { callUnary, dispatchClient, inferenceClient, siemClient } from '../../proto/clients';
import type { SecurityEvent } from '../../proto/gen/watchfloor/siem/v1/SecurityEvent';
import type { DemoData } from './demo-data';
import { pick, seededRandom } from './random';
import { SiemLogFeed } from '../siem/demo/log-feed';
import { startSensorFeed } from './sensor-feed';
import { stepAlongRoute } from './follow-route';

export interface SimulatorOptions {
  addresses: Partial<Record<EngineName, string>>;
  data: DemoData;
  logger: Logger;
  seed?: number;
  /** Multiplies every rate (1 = the demo's calm day). */
  intensity?: number;
  /** Cameras whose detections come from live analytics: no synthetic detections or outages for them. */
  liveCameras?: readonly string[];
}

const DESCRIPTIONS: Record<string, string> = {
  traffic_accident: 'Va chạm giữa xe máy và ô tô, ùn tắc một làn',
  congestion: 'Ùn tắc kéo dài giờ cao điểm',
  flooding: 'Ngập sâu 30–40 cm sau mưa lớn',
  fire: 'Khói đen bốc lên từ nhà dân',
  public_order: 'Tụ tập đông người gây mất trật tự',
  medical_emergency: 'Người đi đường bất tỉnh',
  fallen_tree: 'Cây đổ chắn đường',
  power_outage: 'Mất điện cả khu phố',
};

/**
 * Keeps demo events flowing through the engines' public gRPC APIs, as the city's real producers
 * (hotline, AVL, log sources, camera analytics) would: it has no back door into any store.
 */
export function startSimulator(opts: SimulatorOptions): { stop(): void } {
  const rnd = seededRandom(opts.seed ?? 20251101);
  const k = opts.intensity ?? 1;
  const log = opts.logger;
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, fn: () => Promise<void>) => {
    let busy = false;
    timers.push(
      setInterval(() => {
        if (busy) return;
        busy = true;
        fn()
          .catch((err: unknown) => log.debug('simulator step failed', { error: String((err as Error)?.message ?? err) }))
          .finally(() => (busy = false));
      }, ms / k),
    );
  };
  const near = (p: GeoPoint, d: number): GeoPoint => ({ lat: p.lat + (rnd() - 0.5) * d, lon: p.lon + (rnd() - 0.5) * d });

  const { dispatch: dAddr, siem: sAddr, inference: iAddr } = opts.addresses;
  const clients: { close(): void }[] = [];
  const stops: (() => void)[] = [];

  if (dAddr) {
    const d = dispatchClient(dAddr);
    clients.push(d);
    const targets = new Map<string, GeoPoint>();
    const positions = new Map(opts.data.units.map((u) => [u.id, u.position]));
    every(1000, async () => {
      // Assigned units drive their engine-computed route (as an AVL feed would report them).
      const live = new Map((await callUnary(d, d.ListUnits, {})).units.map((u) => [u.id, u]));
      await Promise.all(
        opts.data.units.map(async (u) => {
          const now = live.get(u.id);
          if (now?.incident_id) {
            if (!['dispatched', 'en_route'].includes(now.status) || now.route.length < 2) return;
            const speedKmh = 35 + rnd() * 15;
            const { position, headingDeg } = stepAlongRoute(now.route, (speedKmh / 3.6) * (1 / k));
            await callUnary(d, d.ReportUnitPosition, { request_id: randomUUID(), unit_id: u.id, position, heading_deg: headingDeg % 360, speed_kmh: speedKmh });
            positions.set(u.id, position);
            targets.delete(u.id);
            return;
          }
          const pos = positions.get(u.id)!;
          let target = targets.get(u.id);
          if (!target || Math.abs(target.lat - pos.lat) + Math.abs(target.lon - pos.lon) < 0.0005) {
            target = near(pick(rnd, opts.data.wards).center, 0.01);
            targets.set(u.id, target);
          }
          const step = 0.00012 + rnd() * 0.00008; // ~15–22 m/s at 1 Hz
          const dLat = target.lat - pos.lat;
          const dLon = target.lon - pos.lon;
          const len = Math.hypot(dLat, dLon) || 1;
          const next = { lat: pos.lat + (dLat / len) * Math.min(step, len), lon: pos.lon + (dLon / len) * Math.min(step, len) };
          const heading = ((Math.atan2(dLon, dLat) * 180) / Math.PI + 360) % 360;
          await callUnary(d, d.ReportUnitPosition, { request_id: randomUUID(), unit_id: u.id, position: next, heading_deg: heading, speed_kmh: 30 + rnd() * 30 });
          positions.set(u.id, next);
        }),
      );
    });
    const createIncident = async () => {
      const type = pick(rnd, INCIDENT_TYPES.slice(0, 10));
      await callUnary(d, d.CreateIncident, {
        request_id: randomUUID(),
        type,
        priority: 1 + Math.floor(rnd() * 4),
        location: near(pick(rnd, opts.data.wards).center, 0.012),
        description: DESCRIPTIONS[type] ?? '',
        source: pick(rnd, ['hotline', 'citizen', 'camera', 'sensor'] as const),
        actor: 'simulator',
      });
    };
    // A quiet start looks broken: open with a handful of incidents when there are few.
    void callUnary(d, d.ListIncidents, { include_closed: false })
      .then(async ({ incidents }) => {
        for (let i = incidents.length; i < 6; i++) await createIncident();
      })
      .catch((err: unknown) => log.debug('initial incidents skipped', { error: String(err) }));
    every(20_000, createIncident);
    every(12_000, async () => {
      const { incidents } = await callUnary(d, d.ListIncidents, { include_closed: false });
      if (!incidents.length) return;
      const inc = pick(rnd, incidents);
      const options = nextStatuses(inc.status as IncidentStatus).filter((s) => s !== 'cancelled');
      if (!options.length) return;
      // The engine refuses to resolve with required SOP steps open: the demo operator ticks one first.
      const open = inc.sop_steps.find((s) => s.required && Number(s.done_ms) === 0);
      if (open && ['resolved', 'closed'].includes(options[0])) {
        await callUnary(d, d.TickSopStep, { request_id: randomUUID(), incident_id: inc.id, step_id: open.id, expected_version: inc.version, actor: 'simulator' });
        return;
      }
      await callUnary(d, d.UpdateIncidentStatus, {
        request_id: randomUUID(),
        incident_id: inc.id,
        status: options[0],
        expected_version: inc.version,
        actor: 'simulator',
      });
    });
  }

  if (sAddr) {
    const s = siemClient(sAddr);
    clients.push(s);
    const cameras = opts.data.assets.filter((a) => a.kind === 'camera');
    // Real log lines over the engine's syslog listeners; gRPC batches only for an engine without them.
    let feed: SiemLogFeed | null | undefined;
    stops.push(() => feed?.stop());
    every(4000, async () => {
      if (feed === undefined) feed = await SiemLogFeed.connect(s, sAddr, opts.data.assets, rnd, log);
      if (feed) return feed.tick();
      const now = Date.now();
      const events: SecurityEvent[] = [];
      const roll = rnd();
      if (roll < 0.35) {
        const cam = pick(rnd, cameras);
        const ip = `185.220.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}`;
        for (let i = 0; i < 6; i++) {
          events.push({ time_ms: now - (6 - i) * 700, host: cam.id, source_ip: ip, destination_port: 443, user: 'admin', action: 'login', outcome: 'failure', severity: 'medium', product: 'nvr-web', asset_id: cam.id, message: 'admin login failed' });
        }
      } else if (roll < 0.75) {
        const asset = pick(rnd, opts.data.assets);
        const sig = pick(rnd, [
          ['ET SCAN Nmap scan against camera RTSP port', 'T1046', 'low'],
          ['ET EXPLOIT Hikvision camera command injection attempt', 'T1190', 'critical'],
          ['ET POLICY Modbus write from non-engineering host', 'T0855', 'high'],
          ['ET MALWARE Mirai botnet telnet brute force', 'T1110', 'high'],
        ] as const);
        events.push({ time_ms: now - 400, host: asset.id, source_ip: `10.20.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}`, action: 'ids_alert', outcome: 'unknown', severity: sig[2], product: 'suricata', asset_id: asset.id, signature: sig[0], mitre_technique: sig[1] });
      } else if (roll < 0.85) {
        events.push({ time_ms: now - 1000, host: 'SRV-IOC-DATA-01', source_ip: '10.10.1.15', destination_ip: '45.77.12.9', destination_port: 443, action: 'transfer', outcome: 'success', severity: 'medium', product: 'firewall', asset_id: 'SRV-IOC-DATA-01', bytes_out: String(600 * 1024 * 1024 + Math.floor(rnd() * 1e9)) });
      }
      if (events.length) await callUnary(s, s.IngestEvents, { request_id: randomUUID(), events });
    });
  }

  if (iAddr) {
    const inf = inferenceClient(iAddr);
    clients.push(inf);
    const live = new Set(opts.liveCameras ?? []);
    const synthetic = opts.data.cameras.filter((c) => !live.has(c.id));
    const sensorFeed = startSensorFeed(inf, log.child('sensors'), { tickMs: 30_000 / k });
    stops.push(() => sensorFeed.stop());
    every(2500, async () => {
      const cam = pick(rnd, synthetic);
      const n = 3 + Math.floor(rnd() * 12);
      const detections = Array.from({ length: n }, () => {
        const w = 0.04 + rnd() * 0.08;
        const h = 0.04 + rnd() * 0.1;
        return { cls: pick(rnd, ['vehicle', 'motorbike', 'motorbike', 'person']), confidence: 0.5 + rnd() * 0.5, box: { x: rnd() * (1 - w), y: rnd() * (1 - h), w, h } };
      });
      await callUnary(inf, inf.ReportDetections, { request_id: randomUUID(), batch: { camera_id: cam.id, frame_ms: Date.now() - 200, detections } });
    });
    every(30_000, async () => {
      const cam = pick(rnd, synthetic);
      const status = rnd() < 0.6 ? 'offline' : 'online';
      await callUnary(inf, inf.ReportCameraStatus, { request_id: randomUUID(), camera_id: cam.id, status });
    });
  }

  log.info('demo simulator running', { engines: Object.keys(opts.addresses), intensity: k });
  return {
    stop() {
      for (const t of timers) clearInterval(t);
      for (const stop of stops) stop();
      for (const c of clients) c.close();
    },
  };
}
