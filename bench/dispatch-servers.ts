// Child process for `npm run bench -- dispatch`: serves either the real dispatch engine or a bare
// grpc-js fan-out of the same messages, and prints "ADDRESS host:port" once it listens.
import * as grpc from '@grpc/grpc-js';
import { createLogger } from '../common/log';
import { loadProtos, SERVER_OPTIONS } from '../proto/loader';
import type { StoredUnit } from '../services/dispatch/store';
import { startEngines } from '../services/launcher/start-engines';

export const BENCH_UNITS = 200;

export function benchUnits(): StoredUnit[] {
  return Array.from({ length: BENCH_UNITS }, (_, i) => ({
    id: `BU-${String(i).padStart(4, '0')}`, call_sign: `BU${i}`, agency: 'police', kind: 'patrol_car', status: 'available',
    position: { lat: 21.0 + (i % 20) * 0.003, lon: 105.8 + Math.floor(i / 20) * 0.003 }, heading_deg: 0, speed_kmh: 0, incident_id: '', updated_ms: Date.now(), version: 1,
  }));
}

type Watcher = grpc.ServerWritableStream<unknown, unknown>;

/** The reference: no validation, no storage, no log; each update goes straight to every watcher. */
function startReference(): Promise<string> {
  const watchers = new Set<Watcher>();
  const units = new Map(benchUnits().map((u) => [u.id, u]));
  let seq = 0;
  let incidents = 0;
  // Encoded once for all watchers, as the engine does (SharedWatch): the reference is the transport alone.
  const definition = loadProtos().watchfloor.dispatch.v1.DispatchService.service;
  const watchMethod = definition.WatchDispatch as grpc.MethodDefinition<unknown, unknown>;
  const fanOut = (change: Record<string, unknown>) => {
    const bytes = watchMethod.responseSerialize({ seq: ++seq, time_ms: Date.now(), ...change });
    for (const w of watchers) w.write(bytes);
  };
  const server = new grpc.Server(SERVER_OPTIONS);
  server.addService({ ...definition, WatchDispatch: { ...watchMethod, responseSerialize: (v: unknown) => (Buffer.isBuffer(v) ? v : watchMethod.responseSerialize(v)) } }, {
    WatchDispatch: (call: Watcher) => {
      watchers.add(call);
      // Headers at once, as the engine's serveWatch does: clients know their stream is up.
      call.sendMetadata(new grpc.Metadata());
      call.on('cancelled', () => watchers.delete(call));
      call.on('close', () => watchers.delete(call));
    },
    ListUnits: (_: unknown, cb: grpc.sendUnaryData<unknown>) => cb(null, { units: [...units.values()], last_seq: seq }),
    ReportUnitPosition: (call: grpc.ServerUnaryCall<{ unit_id: string; position: { lat: number; lon: number }; heading_deg: number; speed_kmh: number }, unknown>, cb: grpc.sendUnaryData<unknown>) => {
      const r = call.request;
      const u = units.get(r.unit_id)!;
      const unit = { ...u, position: r.position, heading_deg: r.heading_deg, speed_kmh: r.speed_kmh, updated_ms: Date.now(), version: u.version + 1 };
      units.set(u.id, unit);
      fanOut({ unit });
      cb(null, { unit });
    },
    CreateIncident: (call: grpc.ServerUnaryCall<{ type: string; priority: number; location: unknown; description: string; source: string }, unknown>, cb: grpc.sendUnaryData<unknown>) => {
      const r = call.request;
      const now = Date.now();
      const incident = { id: `INC-${String(++incidents).padStart(6, '0')}`, type: r.type, priority: r.priority, status: 'new', location: r.location, ward: '', description: r.description, source: r.source, created_ms: now, updated_ms: now, version: 1 };
      fanOut({ incident });
      cb(null, { incident });
    },
  });
  return new Promise((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(`127.0.0.1:${port}`))));
}

async function startEngine(dir: string): Promise<string> {
  const engines = await startEngines({ dataDir: dir, only: ['dispatch'], demo: false, intakeHttpPort: null, logger: createLogger('bench', () => undefined) });
  await engines.dispatch!.seedUnits(benchUnits());
  return engines.addresses.dispatch!;
}

async function main() {
  const [mode, dir] = process.argv.slice(2);
  const address = mode === 'reference' ? await startReference() : await startEngine(dir);
  const cpu0 = process.cpuUsage();
  process.stdout.write(`ADDRESS ${address}\n`);
  // The bench stops the server with SIGTERM; it first learns how much CPU serving took.
  process.once('SIGTERM', () => {
    const cpu = process.cpuUsage(cpu0);
    process.stdout.write(`CPU ${(cpu.user + cpu.system) / 1e6}\n`, () => process.exit(0));
  });
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`dispatch bench server failed: ${String(err)}\n`);
    process.exit(1);
  });
}
