import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EngineName } from '../../common/domain/engines';
import type { StartEnginesOptions } from './start-engines';
import type { WorkerCommand, WorkerReply, WorkerStart } from './worker-protocol';

/** The embedded engines as the console sees them: addresses, and control for outages and shutdown. */
export interface EmbeddedEngines {
  addresses: Partial<Record<EngineName, string>>;
  /** The embedded SIEM's syslog listeners on 127.0.0.1 (UDP and TCP), when it runs here. */
  syslogPorts?: { udp?: number; tcp?: number };
  /** Stops one engine (its port closes), as a crash or a maintenance stop would. */
  stopEngine(name: EngineName): Promise<void>;
  /** Starts it again on the same port and data. */
  startEngine(name: EngineName): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the engines on a worker thread (same process, own event loop). */
export async function startEnginesInWorker(
  options: Omit<StartEnginesOptions, 'logger'>,
  simulate: boolean,
  logLevel = process.env.WATCHFLOOR_LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
): Promise<EmbeddedEngines> {
  const underTsx = __filename.endsWith('.ts');
  const file = path.join(__dirname, `engine-worker${underTsx ? '.ts' : '.js'}`);
  const start: WorkerStart = { options, simulate, logLevel };
  // Under tsx (development, tests) the worker registers tsx's require hook before loading the .ts entry.
  const worker = underTsx
    ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, workerData: start })
    : new Worker(file, { workerData: start });
  const waiting = new Map<number, (r: WorkerReply) => void>();
  let serial = 0;
  let exited: Error | undefined;
  worker.on('message', (r: WorkerReply) => {
    waiting.get(r.id)?.(r);
    waiting.delete(r.id);
  });
  worker.on('exit', (code) => {
    exited = new Error(`the engine thread exited (code ${code})`);
    for (const w of waiting.values()) w({ id: -1, ok: false, error: exited.message });
    waiting.clear();
  });
  worker.on('error', (err) => {
    exited = err;
    for (const w of waiting.values()) w({ id: -1, ok: false, error: `the engine thread failed: ${err.message}` });
    waiting.clear();
  });
  const ask = (req: WorkerCommand | null, id = ++serial): Promise<WorkerReply> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(exited);
      waiting.set(id, (r) => (r.ok ? resolve(r) : reject(new Error(r.error))));
      if (req) worker.postMessage({ ...req, id });
    });
  const ready = await ask(null, 0);
  let stopping: Promise<void> | undefined;
  return {
    addresses: ready.ok ? ready.addresses ?? {} : {},
    syslogPorts: ready.ok ? ready.syslogPorts : undefined,
    stopEngine: async (engine) => void (await ask({ op: 'stop', engine })),
    startEngine: async (engine) => void (await ask({ op: 'start', engine })),
    stop: () =>
      (stopping ??= (async () => {
        if (!exited) await ask({ op: 'shutdown' }).catch(() => undefined);
        await worker.terminate();
      })()),
  };
}
