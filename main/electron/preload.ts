// The whole preload: exposes `window.watchfloorIpc` with one call and one event subscription.
// Sandboxed preloads can require only 'electron', so this file imports nothing local at runtime
// (type imports are erased) and keeps its own copy of the channel names.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BridgeEvent } from '../../common/bridge/contract';
import type { Result } from '../../common/result';

// Copies of IPC_CALL_CHANNEL / IPC_EVENT_CHANNEL in common/bridge/contract.ts; preload.test.ts keeps them equal.
const CALL_CHANNEL = 'watchfloor:call';
const EVENT_CHANNEL = 'watchfloor:event';
const VIDEO_CHANNEL = 'watchfloor:video';

/** What the page sees as `window.watchfloorIpc`; the renderer's bridge client wraps it. */
export interface WatchfloorIpc {
  call(method: string, args: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: BridgeEvent) => void): () => void;
  /** Binary video frames (common/video/frame-header.ts). */
  onVideo(listener: (frame: Uint8Array) => void): () => void;
}

const api: WatchfloorIpc = {
  call(method, args) {
    if (typeof method !== 'string') {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `bridge method must be a string, got ${typeof method}` } });
    }
    return ipcRenderer.invoke(CALL_CHANNEL, method, args);
  },
  onEvent(listener) {
    if (typeof listener !== 'function') throw new TypeError('watchfloorIpc.onEvent needs a listener function');
    // The IPC event object (sender, ports) stays here; the page gets only the bridge event.
    const forward = (_event: IpcRendererEvent, event: BridgeEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  onVideo(listener) {
    if (typeof listener !== 'function') throw new TypeError('watchfloorIpc.onVideo needs a listener function');
    const forward = (_event: IpcRendererEvent, frame: Uint8Array) => listener(frame);
    ipcRenderer.on(VIDEO_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(VIDEO_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('watchfloorIpc', api);
