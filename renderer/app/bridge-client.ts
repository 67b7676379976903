// Picks the transport for this window: Electron's preload IPC when present, else the web host's WebSocket.
import type { BridgeEvent, BridgeMethodName, ClientFrame, ServerFrame, WindowRole } from '../../common/bridge/contract';
import type { BridgeTransport } from '../../common/bridge/proxy';
import { fail, type Result } from '../../common/result';
import type { LinkState } from '../state/console-state';
import { reconnectDelayMs } from './backoff';
import { bridgeSocketUrl } from './role';

export interface LinkedTransport extends BridgeTransport {
  readonly link: LinkState;
  onLinkChange(listener: (link: LinkState) => void): () => void;
}

interface PreloadIpc {
  call(method: string, args: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: BridgeEvent) => void): () => void;
  onVideo?(listener: (frame: Uint8Array) => void): () => void;
}

const videoListeners = new Set<(frame: Uint8Array) => void>();

/** Binary video frames from main (common/video/frame-header.ts), whichever transport carries them. */
export function onVideoFrame(listener: (frame: Uint8Array) => void): () => void {
  videoListeners.add(listener);
  return () => videoListeners.delete(listener);
}

function emitVideo(frame: Uint8Array): void {
  for (const l of videoListeners) l(frame);
}

export function createTransport(role: WindowRole): LinkedTransport {
  const ipc = (window as unknown as { watchfloorIpc?: PreloadIpc }).watchfloorIpc;
  return ipc ? ipcTransport(ipc) : new SocketTransport(bridgeSocketUrl(window.location, role));
}

function ipcTransport(ipc: PreloadIpc): LinkedTransport {
  ipc.onVideo?.(emitVideo);
  return {
    link: 'open',
    call: (method, args) => ipc.call(method, args),
    subscribe: (listener) => ipc.onEvent(listener),
    onLinkChange: () => () => undefined,
  };
}

function coreUnreachable(method: string): Result<unknown> {
  return fail({ code: 'UNAVAILABLE', message: `${method}: the console core is unreachable`, key: 'error.bridgeDown' });
}

/** JSON frames over one WebSocket; reconnects with backoff; calls in flight fail when it drops. */
class SocketTransport implements LinkedTransport {
  link: LinkState = 'connecting';
  private socket: WebSocket | null = null;
  private nextId = 1;
  private failures = 0;
  private readonly pending = new Map<number, { method: string; resolve: (r: Result<unknown>) => void }>();
  private readonly queued: ClientFrame[] = [];
  private readonly eventListeners = new Set<(e: BridgeEvent) => void>();
  private readonly linkListeners = new Set<(l: LinkState) => void>();

  constructor(private readonly url: string) {
    this.connect();
  }

  call(method: BridgeMethodName, args: unknown): Promise<Result<unknown>> {
    if (this.link === 'down') return Promise.resolve(coreUnreachable(method));
    const frame: ClientFrame = { t: 'call', id: this.nextId++, method, args };
    return new Promise((resolve) => {
      this.pending.set(frame.id, { method, resolve });
      if (this.link === 'open' && this.socket) this.socket.send(JSON.stringify(frame));
      else this.queued.push(frame);
    });
  }

  subscribe(listener: (e: BridgeEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onLinkChange(listener: (l: LinkState) => void): () => void {
    this.linkListeners.add(listener);
    return () => this.linkListeners.delete(listener);
  }

  private setLink(link: LinkState): void {
    if (this.link === link) return;
    this.link = link;
    for (const l of this.linkListeners) l(link);
  }

  private connect(): void {
    this.setLink('connecting');
    const socket = new WebSocket(this.url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => {
      this.failures = 0;
      for (const frame of this.queued.splice(0)) socket.send(JSON.stringify(frame));
      this.setLink('open');
    };
    socket.onmessage = (msg) => this.receive(msg.data);
    socket.onclose = () => this.dropped(socket);
  }

  private receive(data: unknown): void {
    if (data instanceof ArrayBuffer) return emitVideo(new Uint8Array(data));
    if (typeof data !== 'string') return;
    let frame: ServerFrame;
    try {
      frame = JSON.parse(data) as ServerFrame;
    } catch {
      return;
    }
    if (frame.t === 'result') {
      const call = this.pending.get(frame.id);
      this.pending.delete(frame.id);
      call?.resolve(frame.result);
    } else if (frame.t === 'event') {
      for (const l of this.eventListeners) l(frame.event);
    }
  }

  private dropped(socket: WebSocket): void {
    if (this.socket !== socket) return;
    this.socket = null;
    this.failures += 1;
    for (const [, call] of this.pending) call.resolve(coreUnreachable(call.method));
    this.pending.clear();
    this.queued.length = 0;
    this.setLink('down');
    setTimeout(() => this.connect(), reconnectDelayMs(this.failures));
  }
}
