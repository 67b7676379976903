// One hardened BrowserWindow per role: sandboxed, isolated, no Node, no popups, no navigation away
// from app://watchfloor.

import { BrowserWindow } from 'electron';
import type { WindowRole } from '../../common/bridge/contract';
import type { Logger } from '../../common/log';
import type { WindowPlacement } from '../windows/placement';
import { APP_ORIGIN, isAppUrl } from './app-protocol';

const MIN_SIZE = { width: 320, height: 240 };
const CRASH_RELOAD_DELAY_MS = 1000;

export interface RoleWindowOptions {
  role: WindowRole;
  placement: WindowPlacement | undefined;
  preloadPath: string;
  logger: Logger;
}

export function roleUrl(role: WindowRole): string {
  return `${APP_ORIGIN}/index.html?role=${encodeURIComponent(role)}`;
}

export function createRoleWindow({ role, placement, preloadPath, logger }: RoleWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...placement?.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: `Watchfloor · ${role}`,
    backgroundColor: '#0b1220',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Wall and map displays sit unattended and partly covered; they must keep drawing.
      backgroundThrottling: false,
    },
  });
  if (placement?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const contents = win.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn('window.open denied', { role, url });
    return { action: 'deny' };
  });
  const keepInApp = (event: { preventDefault(): void }, url: string, kind: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    logger.warn(`${kind} denied`, { role, url });
  };
  contents.on('will-navigate', (event) => keepInApp(event, event.url, 'navigation'));
  contents.on('will-redirect', (event) => keepInApp(event, event.url, 'redirect'));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('render-process-gone', (_event, details) => {
    logger.error('window renderer gone', { role, reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit') return;
    // A control-room display must come back by itself; the page resyncs from a fresh snapshot.
    setTimeout(() => {
      if (!win.isDestroyed()) contents.reload();
    }, CRASH_RELOAD_DELAY_MS);
  });

  win.loadURL(roleUrl(role)).catch((e: unknown) => logger.error('window failed to load', { role, error: String(e) }));
  return win;
}
