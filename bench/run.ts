// `npm run bench -- <name>`: runs one benchmark; its last line is `BENCH <name> <json>`.
import { runMapBench } from './map';
import { runPipelineBench } from './pipeline';
import { runSiemBench } from './siem';

const BENCHES: Record<string, () => Promise<Record<string, unknown>>> = {
  pipeline: runPipelineBench,
  map: runMapBench,
  siem: runSiemBench,
  wall: () => import('./wall').then((m) => m.runWallBench()),
  dispatch: () => import('./dispatch').then((m) => m.runDispatchBench()),
  analytics: () => import('./analytics').then((m) => m.runAnalyticsBench()),
  registry: () => import('./registry').then((m) => m.runRegistryBench()),
};

async function main() {
  const name = process.argv[2];
  const bench = name ? BENCHES[name] : undefined;
  if (!bench) {
    process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}>\n`);
    process.exit(2);
  }
  const result = await bench();
  process.stdout.write(`BENCH ${name} ${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
