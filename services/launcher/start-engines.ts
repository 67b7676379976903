import * as grpc from '@grpc/grpc-js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../common/log';
import { ENGINES, type EngineName } from '../../common/domain/engines';
import { SERVER_OPTIONS } from '../../proto/loader';
import { DispatchEngine, DISPATCH_SERVICE_NAME } from '../dispatch/dispatch-engine';
import { DispatchStore } from '../dispatch/store';
import { InferenceEngine, INFERENCE_SERVICE_NAME } from '../inference/inference-engine';
import { InferenceStore } from '../inference/store';
import { SiemEngine, SIEM_SERVICE_NAME } from '../siem/siem-engine';
import { SiemStore } from '../siem/store';
import { HealthService } from '../kit/health';
import { loadDemoData } from '../demo/demo-data';
import { seedDemo } from '../demo/seed';
import { loadDispatchRequirements } from '../dispatch/requirements-file';
import { buildRouter } from '../dispatch/routing/build-router';
import { startIntakeHttp } from '../dispatch/intake-http';
import { loadWardPolygons } from '../inference/registry/ward-file';

export interface StartEnginesOptions {
  dataDir: string;
  /** Which engines to run here (default all three). */
  only?: readonly EngineName[];
  host?: string;
  /** Port per engine; 0 or absent picks a free one. */
  ports?: Partial<Record<EngineName, number>>;
  /** SIEM syslog listeners on host: UDP and TCP port (0 or absent picks a free one, null turns it off). */
  syslogPorts?: { udp?: number | null; tcp?: number | null };
  /** Dispatch's HTTP citizen-report endpoint (POST /v1/citizen-reports) on host: 0 or absent picks a free port, null turns it off. */
  intakeHttpPort?: number | null;
  /**
   * OSM roads GeoJSON (LineStrings with highway tags) for the dispatch road graph; without it the
   * demo's schematic roads are used.
   */
  roadsFile?: string;
  /** Ward polygons (GeoJSON, properties.name) the inference engine places imported cameras in; default the demo's ward centres. */
  wardsFile?: string;
  /** Seed the built-in demo units, cameras and assets (default true). */
  demo?: boolean;
  /**
   * With the demo simulator: how many demo cameras are served live by the camera simulator over RTSP
   * and analysed live (services/inference/simulator/demo-video.ts); read by the launchers, default 0.
   */
  simulatedCameras?: number;
  logger: Logger;
}

export interface RunningEngine {
  name: EngineName;
  address: string;
  server: grpc.Server;
  health: HealthService;
  stop(): Promise<void>;
}

export interface RunningEngines {
  engines: Partial<Record<EngineName, RunningEngine>>;
  dispatch?: DispatchEngine;
  siem?: SiemEngine;
  inference?: InferenceEngine;
  addresses: Partial<Record<EngineName, string>>;
  /** Ports the SIEM's syslog listeners are bound to (on the engines' host). */
  syslogPorts?: { udp?: number; tcp?: number };
  /** host:port of dispatch's HTTP citizen-report endpoint, when it runs. */
  intakeHttpAddress?: string;
  stop(): Promise<void>;
}

/** Starts engines as gRPC servers, one server (and port) each, with their SQLite files in dataDir. */
export async function startEngines(opts: StartEnginesOptions): Promise<RunningEngines> {
  const host = opts.host ?? '127.0.0.1';
  const names = opts.only ?? ENGINES;
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const file = (n: EngineName) => path.join(opts.dataDir, `${n}.sqlite`);
  const wards = loadDemoData().wards;
  const out: RunningEngines = { engines: {}, addresses: {}, stop: async () => undefined };

  const built: { name: EngineName; service: string; addToServer(s: grpc.Server): void; close(): Promise<void> }[] = [];
  if (names.includes('dispatch')) {
    const store = await DispatchStore.open(file('dispatch'));
    const router = buildRouter(opts.roadsFile, opts.logger.child('dispatch'));
    out.dispatch = new DispatchEngine(store, wards, opts.logger.child('dispatch'), { router, requirements: loadDispatchRequirements() });
    out.dispatch.startSlaTimer();
    const dispatch = out.dispatch;
    const intake = opts.intakeHttpPort === null ? undefined : await startIntakeHttp((b) => dispatch.submitCitizenReport(b), opts.logger.child('intake'), host, opts.intakeHttpPort ?? 0);
    out.intakeHttpAddress = intake?.address;
    built.push({ name: 'dispatch', service: DISPATCH_SERVICE_NAME, addToServer: (s) => dispatch.addToServer(s), close: async () => {
      dispatch.stop();
      await intake?.close();
      await store.close();
    } });
  }
  if (names.includes('siem')) {
    const store = await SiemStore.open(file('siem'));
    out.siem = new SiemEngine(store, opts.logger.child('siem'));
    await out.siem.init();
    const syslog = opts.syslogPorts ?? {};
    out.syslogPorts = await out.siem.listen({ host, udpPort: syslog.udp === undefined ? 0 : syslog.udp, tcpPort: syslog.tcp === undefined ? 0 : syslog.tcp });
    const siem = out.siem;
    built.push({ name: 'siem', service: SIEM_SERVICE_NAME, addToServer: (s) => siem.addToServer(s), close: async () => {
      await siem.stop();
      await store.close();
    } });
  }
  if (names.includes('inference')) {
    const store = await InferenceStore.open(file('inference'));
    out.inference = new InferenceEngine(store, opts.logger.child('inference'), opts.wardsFile ? loadWardPolygons(opts.wardsFile) : undefined);
    built.push({ name: 'inference', service: INFERENCE_SERVICE_NAME, addToServer: (s) => out.inference!.addToServer(s), close: async () => {
      out.inference!.sensors.stop();
      await out.inference!.sensors.idle();
      await store.close();
    } });
  }
  if (opts.demo !== false) await seedDemo(loadDemoData(), out);
  if (out.inference) {
    const inferenceStore = out.inference.store;
    await out.inference.sensors.start(async () => (await inferenceStore.snapshotCameras()).cameras);
  }

  for (const b of built) {
    const server = new grpc.Server(SERVER_OPTIONS);
    const health = new HealthService();
    health.set(b.service, 'SERVING');
    health.addToServer(server);
    b.addToServer(server);
    const port = await bind(server, `${host}:${opts.ports?.[b.name] ?? 0}`);
    const address = `${host}:${port}`;
    let stopped = false;
    const engine: RunningEngine = {
      name: b.name,
      address,
      server,
      health,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        health.shutdown();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            server.forceShutdown();
            resolve();
          }, 2000);
          server.tryShutdown(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        await b.close();
      },
    };
    out.engines[b.name] = engine;
    out.addresses[b.name] = address;
    opts.logger.info('engine listening', { engine: b.name, address, data: file(b.name) });
  }
  out.stop = async () => {
    await Promise.all(Object.values(out.engines).map((e) => e!.stop()));
  };
  return out;
}

function bind(server: grpc.Server, address: string): Promise<number> {
  return new Promise((resolve, reject) =>
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, port) =>
      err ? reject(new Error(`cannot listen on ${address}: ${err.message}`)) : resolve(port),
    ),
  );
}
