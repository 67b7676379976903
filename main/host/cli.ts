// `npm start`: the console on its embedded engines with demo data. Electron when it can run here,
// otherwise the web host, printing the URL of every window role.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { WINDOW_ROLES } from '../../common/bridge/contract';
import { ENGINES, type EngineName } from '../../common/domain/engines';
import { startConsole } from '../console/start-console';
import { defaultDataDir } from '../console/paths';
import { rootLogger } from '../log';
import { openAppWindows } from './app-windows';
import { probeElectron } from './electron-probe';
import { startWebHost } from './web-host';

const ROOT = path.resolve(__dirname, '../..');
const RENDERER_DIR = path.join(ROOT, 'dist', 'renderer');

function fail(message: string): never {
  process.stderr.write(`watchfloor: ${message}\n`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      host: { type: 'string', default: process.env.WATCHFLOOR_HOST ?? '127.0.0.1' },
      port: { type: 'string', default: process.env.WATCHFLOOR_PORT ?? '4400' },
      token: { type: 'string', default: process.env.WATCHFLOOR_TOKEN },
      'no-open': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      web: { type: 'boolean', default: false },
      dispatch: { type: 'string' },
      siem: { type: 'string' },
      inference: { type: 'string' },
      roads: { type: 'string' },
      'sim-cameras': { type: 'string', default: process.env.WATCHFLOOR_SIM_CAMERAS ?? '2' },
      basemap: { type: 'string', default: process.env.WATCHFLOOR_BASEMAP },
      'basemap-url': { type: 'string', default: process.env.WATCHFLOOR_BASEMAP_URL },
      'tile-cache-mb': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: "${values.port}" is not a TCP port (0–65535)`);
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const engineAddresses: Partial<Record<EngineName, string>> = {};
  for (const e of ENGINES) {
    const a = values[e];
    if (a === undefined) continue;
    if (!/^[\w.-]+:\d{1,5}$|^\[[\da-f:]+\]:\d{1,5}$/i.test(a)) fail(`--${e}: "${a}" is not HOST:PORT`);
    engineAddresses[e] = a;
  }

  const simulatedCameras = Number(values['sim-cameras']);
  if (!Number.isInteger(simulatedCameras) || simulatedCameras < 0 || simulatedCameras > 4) fail(`--sim-cameras: "${values['sim-cameras']}" is not a number of cameras from 0 to 4`);

  const roadsFile = values.roads ? path.resolve(values.roads) : undefined;
  if (roadsFile && !fs.existsSync(roadsFile)) fail(`--roads: ${roadsFile} does not exist`);
  const basemap = basemapOption(values.basemap, values['basemap-url']);
  const tileCacheMb = values['tile-cache-mb'] === undefined ? undefined : Number(values['tile-cache-mb']);
  if (tileCacheMb !== undefined && !(Number.isInteger(tileCacheMb) && tileCacheMb >= 16)) fail(`--tile-cache-mb: "${values['tile-cache-mb']}" must be a whole number of MiB, at least 16`);

  if (!values.web) {
    const electron = probeElectron();
    if ('path' in electron) {
      ensureBuilt('build/main/electron/app.js', ['run', 'build:main']);
      ensureBuilt('dist/renderer/index.html', ['run', 'build:renderer']);
      const child = spawn(electron.path, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, WATCHFLOOR_DATA: dataDir } });
      child.on('exit', (code) => process.exit(code ?? 0));
      return;
    }
    process.stdout.write(`Electron cannot start here: ${electron.reason}. Starting the web host instead.\n`);
  }

  ensureBuilt('dist/renderer/index.html', ['run', 'build:renderer']);
  const runtime = await startConsole({ dataDir, engineAddresses, roadsFile, basemap, tileCacheMb, demo: !values['no-demo'], simulatedCameras, desktopNotifications: { locale: process.env.WATCHFLOOR_LOCALE ?? 'vi' } });
  let host;
  try {
    host = await startWebHost({ bridge: runtime.bridge, rendererDir: RENDERER_DIR, host: values.host, port, token: values.token, logger: rootLogger.child('web-host'), tiles: runtime.tiles });
  } catch (err) {
    await runtime.stop();
    fail((err as Error).message);
  }
  const q = values.token ? `&token=${encodeURIComponent(values.token)}` : '';
  const urls = WINDOW_ROLES.map((role) => `${host.url}?role=${role}${q}`);
  process.stdout.write(`Watchfloor web host on ${host.url} (data: ${dataDir})\n`);
  for (const u of urls) process.stdout.write(`  ${u}\n`);
  if (!values['no-open']) {
    const why = openAppWindows(urls, path.join(dataDir, 'chromium-profile'), rootLogger);
    if (why) process.stdout.write(`Not opening windows: ${why}. Open the URLs above in a browser.\n`);
  }
  const shutdown = async () => {
    process.stdout.write('Stopping Watchfloor…\n');
    await host.close();
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

function basemapOption(file: string | undefined, url: string | undefined): { file: string } | { url: string } | undefined {
  if (file && url) fail('give either --basemap FILE or --basemap-url TEMPLATE, not both');
  if (file) {
    const resolved = path.resolve(file);
    if (!fs.existsSync(resolved)) fail(`--basemap: ${resolved} does not exist`);
    if (!/\.(mbtiles|pmtiles)$/i.test(resolved)) fail(`--basemap: ${path.basename(resolved)} must be an .mbtiles or .pmtiles file`);
    return { file: resolved };
  }
  if (url) {
    if (!/^https?:\/\//.test(url) || !['{z}', '{x}', '{y}'].every((p) => url.includes(p))) fail(`--basemap-url: "${url}" must be an http(s) template with {z}, {x} and {y}`);
    return { url };
  }
  return undefined;
}

function ensureBuilt(file: string, npmArgs: string[]): void {
  if (fs.existsSync(path.join(ROOT, file))) return;
  process.stdout.write(`Building (${file} is missing)…\n`);
  const r = spawnSync('npm', npmArgs, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) fail(`build failed: npm ${npmArgs.join(' ')}`);
}

main().catch((err: unknown) => fail((err as Error).stack ?? String(err)));
