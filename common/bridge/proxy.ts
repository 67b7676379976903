import { fail, type Result } from '../result';
import {
  BRIDGE_CALL_TIMEOUT_MS,
  BRIDGE_METHODS,
  type BridgeApi,
  type BridgeEvent,
  type BridgeEventName,
  type BridgeEvents,
  type BridgeMethodName,
} from './contract';

export interface BridgeTransport {
  call(method: BridgeMethodName, args: unknown): Promise<Result<unknown>>;
  /** Subscribes to every pushed event; returns the unsubscribe. */
  subscribe(listener: (event: BridgeEvent) => void): () => void;
}

/** Builds the typed window-side API over any transport, with a timeout on every call. */
export function createBridgeProxy(transport: BridgeTransport, timeoutMs = BRIDGE_CALL_TIMEOUT_MS): BridgeApi {
  const listeners = new Map<BridgeEventName, Set<(payload: unknown) => void>>();
  transport.subscribe((event) => {
    for (const l of listeners.get(event.channel) ?? []) l(event.payload);
  });
  const api: Record<string, unknown> = {
    on<K extends BridgeEventName>(channel: K, listener: (payload: BridgeEvents[K]) => void) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      const l = listener as (payload: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
  };
  for (const method of BRIDGE_METHODS) {
    api[method] = (args: unknown) => withTimeout(transport.call(method, args ?? {}), timeoutMs, method);
  }
  return api as BridgeApi;
}

function withTimeout(p: Promise<Result<unknown>>, ms: number, method: string): Promise<Result<unknown>> {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve(fail({ code: 'TIMEOUT', message: `${method} got no answer from the console core within ${ms} ms`, key: 'error.timeout' })),
      ms,
    );
    p.then(
      (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      (e: unknown) => {
        clearTimeout(timer);
        resolve(fail({ code: 'UNAVAILABLE', message: `${method} failed: ${String(e)}`, key: 'error.bridgeDown' }));
      },
    );
  });
}
