// Runs engines as their own process: `npm run engines -- --only dispatch --port 50051 --data DIR [--roads ROADS.geojson]`.
import { parseArgs } from 'node:util';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLogger } from '../../common/log';
import { ENGINES, isEngineName, type EngineName } from '../../common/domain/engines';
import { startEngines } from './start-engines';
import { startSimulator } from '../demo/simulator';
import { loadDemoData } from '../demo/demo-data';
import { restoreDemoStreams, startDemoVideo } from '../inference/simulator/demo-video';

const logger = createLogger('engines', (line) => process.stderr.write(line + '\n'));

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: process.env.WATCHFLOOR_DATA ?? path.join(os.homedir(), '.watchfloor', 'engines') },
      'no-demo': { type: 'boolean', default: false },
      simulate: { type: 'boolean', default: false },
      roads: { type: 'string' },
      'sim-cameras': { type: 'string', default: '0' },
      wards: { type: 'string' },
    },
  });
  const only = (values.only ?? [...ENGINES]).flatMap((s) => s.split(','));
  const bad = only.find((n) => !isEngineName(n));
  if (bad) throw new Error(`--only: unknown engine "${bad}"; choose from ${ENGINES.join(', ')}`);
  const names = only as EngineName[];
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: "${values.port}" is not a TCP port`);
  if (port && names.length > 1) throw new Error('--port applies to one engine; use it with --only <engine>');
  const running = await startEngines({
    dataDir: values.data!,
    only: names,
    host: values.host,
    ports: port ? { [names[0]]: port } : undefined,
    demo: !values['no-demo'],
    roadsFile: values.roads,
    wardsFile: values.wards,
    logger,
  });
  for (const [name, address] of Object.entries(running.addresses)) process.stdout.write(`${name} ${address}\n`);
  const simCameras = Number(values['sim-cameras']);
  if (!Number.isInteger(simCameras) || simCameras < 0 || simCameras > 4) throw new Error(`--sim-cameras: "${values['sim-cameras']}" is not a number of cameras from 0 to 4`);
  const liveIds = loadDemoData().cameras.slice(0, simCameras).map((c) => c.id);
  const video = values.simulate && simCameras && running.inference && running.addresses.inference
    ? await startDemoVideo({ cameraIds: liveIds, inference: running.inference, engineAddress: running.addresses.inference, logger: logger.child('demo-video') })
    : undefined;
  if (values.simulate && running.inference) await restoreDemoStreams(running.inference, loadDemoData().cameras, video ? liveIds : []);
  const sim = values.simulate ? startSimulator({ addresses: running.addresses, data: loadDemoData(), logger, liveCameras: video ? liveIds : [] }) : undefined;
  const shutdown = async () => {
    sim?.stop();
    await video?.stop();
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(`watchfloor engines: ${(err as Error).message}\n`);
  process.exit(1);
});
