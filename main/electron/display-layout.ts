// Keeps role windows on real displays: reads `screen`, re-validates every window's bounds when a
// display is added, removed or changes its work area, and moves the ones that fell off.

import { screen, type BrowserWindow } from 'electron';
import type { WindowRole } from '../../common/bridge/contract';
import type { Logger } from '../../common/log';
import { planWindows, type DisplayInfo, type Rect, type SavedWindowState, type WindowPlacement } from '../windows/placement';

/** Display events arrive in bursts (a dock, a resolution change); act once things settle. */
const SETTLE_MS = 300;

export function currentDisplays(): DisplayInfo[] {
  const primaryId = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d) => ({ id: d.id, workArea: d.workArea, primary: d.id === primaryId }));
}

export function windowState(win: BrowserWindow): SavedWindowState {
  return { ...win.getNormalBounds(), maximized: win.isMaximized() };
}

export function applyPlacement(win: BrowserWindow, placement: WindowPlacement): void {
  if (win.isDestroyed() || win.isFullScreen()) return;
  if (!sameRect(win.getNormalBounds(), placement.bounds)) {
    if (win.isMaximized()) win.unmaximize();
    win.setBounds(placement.bounds);
  }
  if (placement.maximized && !win.isMaximized()) win.maximize();
}

/** Starts watching; returns the function that stops it. */
export function watchDisplays(windows: () => ReadonlyMap<WindowRole, BrowserWindow>, logger: Logger): () => void {
  let timer: NodeJS.Timeout | undefined;
  const relayout = () => {
    const open = [...windows()].filter(([, w]) => !w.isDestroyed());
    const saved = Object.fromEntries(open.map(([role, w]) => [role, windowState(w)]));
    try {
      const displays = currentDisplays();
      const plan = planWindows(displays, open.map(([role]) => role), saved);
      for (const [role, win] of open) applyPlacement(win, plan[role]!);
      logger.info('displays changed; windows re-validated', { displays: displays.length });
    } catch (e) {
      logger.warn('displays changed but windows could not be re-placed', { error: String(e) });
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(relayout, SETTLE_MS);
  };
  screen.on('display-added', schedule);
  screen.on('display-removed', schedule);
  screen.on('display-metrics-changed', schedule);
  return () => {
    clearTimeout(timer);
    screen.removeListener('display-added', schedule);
    screen.removeListener('display-removed', schedule);
    screen.removeListener('display-metrics-changed', schedule);
  };
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
