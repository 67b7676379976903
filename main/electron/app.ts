// Electron entry and composition root: one instance per data dir, the console core, the app://
// protocol, one window per role on the right display, and an orderly shutdown.

import * as path from 'node:path';
import { app, dialog, ipcMain, net, protocol, session, type BrowserWindow } from 'electron';
import { WINDOW_ROLES, type WindowRole } from '../../common/bridge/contract';
import { PRODUCT_NAME } from '../console/paths';
import type { ConsoleRuntime } from '../console/runtime-types';
import { startConsole } from '../console/start-console';
import { rootLogger } from '../log';
import { planWindows } from '../windows/placement';
import { createWindowStateStore, type SavedWindowStates } from '../windows/window-state-store';
import { APP_SCHEME_PRIVILEGED, registerAppProtocol } from './app-protocol';
import { resolveBasemapArgs, resolveDataDirArg } from './args';
import { currentDisplays, watchDisplays, windowState } from './display-layout';
import { createIpcBridge } from './ipc';
import { hardenSession } from './security';
import { createRoleWindow } from './windows';

const APP_ID = 'vn.hanoi.watchfloor';
const SHUTDOWN_TIMEOUT_MS = 15_000;
const logger = rootLogger.child('electron');

app.setName(PRODUCT_NAME); // before any getPath: userData is ~/.config/Watchfloor, as main/console/paths.ts expects
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGED]);
const dataDirArg = resolveDataDirArg(process.argv, process.env);
// The single-instance lock lives in userData, so pointing userData at --data scopes it to that data dir.
if (dataDirArg) app.setPath('userData', path.resolve(dataDirArg));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  main().catch((e: unknown) => fatal('Watchfloor could not start', e));
}

async function main(): Promise<void> {
  await app.whenReady();
  const dataDir = app.getPath('userData');
  hardenSession(session.defaultSession, logger);
  let tiles: ConsoleRuntime['tiles'];
  registerAppProtocol(protocol, net, path.join(app.getAppPath(), 'dist', 'renderer'), logger, () => tiles);

  logger.info('starting console core', { dataDir });
  const basemap = resolveBasemapArgs(process.argv, process.env);
  const runtime = await startConsole({ dataDir, basemap, desktopNotifications: { locale: process.env.WATCHFLOOR_LOCALE ?? 'vi' } });
  tiles = runtime.tiles;
  const ipc = createIpcBridge(ipcMain, runtime.bridge, logger);
  const stateStore = createWindowStateStore(dataDir, logger);
  const lastStates: SavedWindowStates = stateStore.load();
  const windows = new Map<WindowRole, BrowserWindow>();

  const openMissingWindows = () => {
    const plan = planOrDefault(lastStates);
    for (const role of WINDOW_ROLES.filter((r) => !windows.has(r))) {
      const win = createRoleWindow({ role, placement: plan[role], preloadPath: path.join(__dirname, 'preload.js'), logger });
      windows.set(role, win);
      ipc.attach(win, role);
      win.on('close', () => (lastStates[role] = windowState(win)));
      win.once('closed', () => windows.delete(role));
    }
  };
  openMissingWindows();
  const stopWatchingDisplays = watchDisplays(() => windows, logger);

  app.on('second-instance', () => {
    openMissingWindows();
    for (const win of [...windows.values()].reverse()) {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  let quit: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (quit === 'stopped') return;
    event.preventDefault();
    if (quit === 'stopping') return;
    quit = 'stopping';
    for (const [role, win] of windows) if (!win.isDestroyed()) lastStates[role] = windowState(win);
    stateStore.save(lastStates);
    stopWatchingDisplays();
    void stopCore(runtime).finally(() => {
      ipc.dispose();
      quit = 'stopped';
      app.quit();
    });
  });
}

/** Placement for every role; if the displays make no sense, Electron's default position is better than no window. */
function planOrDefault(saved: SavedWindowStates): ReturnType<typeof planWindows> {
  try {
    return planWindows(currentDisplays(), WINDOW_ROLES, saved);
  } catch (e) {
    logger.warn('could not plan window placement; using defaults', { error: String(e) });
    return {};
  }
}

/** Waits for the core (in-flight commands, engines, cache) but never hangs the quit forever. */
async function stopCore(runtime: ConsoleRuntime): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), SHUTDOWN_TIMEOUT_MS)));
  try {
    const outcome = await Promise.race([runtime.stop().then(() => 'stopped' as const), timeout]);
    if (outcome === 'timeout') logger.error('console core did not stop in time; quitting anyway', { timeoutMs: SHUTDOWN_TIMEOUT_MS });
    else logger.info('console core stopped');
  } catch (e) {
    logger.error('console core failed to stop cleanly', { error: String(e) });
  } finally {
    clearTimeout(timer);
  }
}

function fatal(message: string, e: unknown): void {
  logger.error(message, { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  dialog.showErrorBox(PRODUCT_NAME, `${message}:\n${e instanceof Error ? e.message : String(e)}\n\nData directory: ${app.getPath('userData')}`);
  app.exit(1);
}
