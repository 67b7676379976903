import type { BridgeEvent, WindowRole } from '../../common/bridge/contract';
import type { Result } from '../../common/result';

/** One connected window, whatever carries it (Electron webContents or a WebSocket). */
export interface WindowLink {
  id: string;
  role: WindowRole;
  send(event: BridgeEvent): void;
  /** Binary video frames (common/video/frame-header.ts); absent where the shell cannot carry them. */
  sendBinary?(data: Uint8Array): void;
  /** Bytes queued towards the window, for video backpressure. */
  bufferedBytes?(): number;
}

/** What a shell needs from the core: attach windows and forward their calls. */
export interface BridgeHost {
  /** Starts pushing coalesced events to the window; returns the detach function. */
  connect(link: WindowLink): () => void;
  /** Validates the method name and arguments, runs it, answers with an envelope; never throws. */
  call(windowId: string, method: unknown, args: unknown): Promise<Result<unknown>>;
}
