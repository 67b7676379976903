// Carries the bridge over Electron IPC: one invoke channel for calls, one send channel for events.
// Calls are accepted only from the top frame of one of our windows showing app://watchfloor.

import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_VIDEO_CHANNEL, type WindowRole } from '../../common/bridge/contract';
import type { Logger } from '../../common/log';
import { fail, type Result } from '../../common/result';
import type { BridgeHost } from '../bridge/window-link';
import { isAppUrl } from './app-protocol';

export interface IpcBridge {
  /** Connects the window to the bridge until it closes. */
  attach(win: BrowserWindow, role: WindowRole): void;
  /** Stops answering calls and detaches every window. */
  dispose(): void;
}

export function createIpcBridge(ipcMain: IpcMain, bridge: BridgeHost, logger: Logger): IpcBridge {
  const windowIds = new Map<number, string>(); // webContents.id → bridge window id
  const detachers = new Map<number, () => void>();

  ipcMain.handle(IPC_CALL_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown): Promise<Result<unknown>> => {
    const windowId = windowIds.get(event.sender.id);
    const frame = event.senderFrame;
    if (!windowId || !frame || frame.parent !== null || !isAppUrl(frame.url)) {
      logger.warn('bridge call refused', { method: String(method), frame: frame?.url ?? null });
      return fail({ code: 'FORBIDDEN', message: `bridge calls are accepted only from Watchfloor windows; refused a call from ${frame?.url || 'an unknown frame'}` });
    }
    try {
      return await bridge.call(windowId, method, args);
    } catch (e) {
      // BridgeHost.call promises never to throw; if it does, the window still gets an envelope.
      logger.error('bridge call threw', { windowId, method: String(method), error: String(e) });
      return fail({ code: 'INTERNAL', message: `${String(method)} failed inside the console core` });
    }
  });

  const detach = (contentsId: number) => {
    detachers.get(contentsId)?.();
    detachers.delete(contentsId);
    windowIds.delete(contentsId);
  };

  return {
    attach(win, role) {
      const contents = win.webContents;
      const contentsId = contents.id; // read now: after 'closed' the webContents is destroyed
      const id = `electron-${role}-${contentsId}`;
      windowIds.set(contentsId, id);
      detachers.set(
        contentsId,
        bridge.connect({
          id,
          role,
          send: (event) => {
            if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
          },
          // IPC is structured-cloned with no visible queue, so bufferedBytes stays 0 and video is never dropped here.
          sendBinary: (data) => {
            if (!contents.isDestroyed()) contents.send(IPC_VIDEO_CHANNEL, data);
          },
        }),
      );
      win.once('closed', () => detach(contentsId));
    },
    dispose() {
      ipcMain.removeHandler(IPC_CALL_CHANNEL);
      for (const contentsId of [...detachers.keys()]) detach(contentsId);
    },
  };
}
