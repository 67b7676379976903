// Runs the embedded engines (and the demo simulator) on their own thread, so engine work never
// stalls the console's event loop. Driven by messages from services/launcher/worker-engines.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { createLogger, type LogLevel } from '../../common/log';
import { isEngineName, type EngineName } from '../../common/domain/engines';
import { loadDemoData } from '../demo/demo-data';
import { startSimulator } from '../demo/simulator';
import { restoreDemoStreams, startDemoVideo, type DemoVideo } from '../inference/simulator/demo-video';
import { startEngines, type RunningEngines } from './start-engines';
import type { WorkerReply, WorkerRequest, WorkerStart } from './worker-protocol';

const start = workerData as WorkerStart;
const logger = createLogger('engines', (line) => process.stderr.write(line + '\n'), start.logLevel as LogLevel);
const port = parentPort!;
let running: RunningEngines;
let simulator: { stop(): void } | undefined;
let demoVideo: DemoVideo | undefined;

function reply(msg: WorkerReply): void {
  port.postMessage(msg);
}

async function handle(req: WorkerRequest): Promise<void> {
  try {
    if (req.op === 'shutdown') {
      simulator?.stop();
      await demoVideo?.stop();
      await running.stop();
      reply({ id: req.id, ok: true });
      port.close();
      return;
    }
    if (!isEngineName(req.engine)) throw new Error(`unknown engine "${String(req.engine)}"`);
    const name: EngineName = req.engine;
    if (req.op === 'stop') {
      await running.engines[name]?.stop();
    } else {
      const port = Number(running.addresses[name]!.split(':')[1]);
      const again = await startEngines({ ...start.options, logger, only: [name], ports: { [name]: port }, demo: false });
      running.engines[name] = again.engines[name];
    }
    reply({ id: req.id, ok: true });
  } catch (err) {
    reply({ id: req.id, ok: false, error: String((err as Error).message ?? err) });
  }
}

startEngines({ ...start.options, logger })
  .then(async (r) => {
    running = r;
    const live = start.simulate ? await startLiveCameras(r) : [];
    if (start.simulate) simulator = startSimulator({ addresses: r.addresses, data: loadDemoData(), logger: logger.child('simulator'), liveCameras: live });
    port.on('message', (req: WorkerRequest) => void handle(req));
    reply({ id: 0, ok: true, addresses: r.addresses, syslogPorts: r.syslogPorts });
  })
  .catch((err: unknown) => reply({ id: 0, ok: false, error: String((err as Error).message ?? err) }));

/** The demo cameras served by the camera simulator and analysed live (none unless asked for). */
async function startLiveCameras(r: RunningEngines): Promise<string[]> {
  const n = start.options.simulatedCameras ?? 0;
  if (!r.inference || !r.addresses.inference) return [];
  const demo = loadDemoData().cameras;
  const ids = demo.slice(0, n).map((c) => c.id);
  try {
    if (n) demoVideo = await startDemoVideo({ cameraIds: ids, inference: r.inference, engineAddress: r.addresses.inference, logger: logger.child('demo-video') });
    await restoreDemoStreams(r.inference, demo, n ? ids : []);
    return n ? ids : [];
  } catch (err) {
    logger.warn('simulated cameras not started', { error: String((err as Error).message ?? err) });
    return [];
  }
}
