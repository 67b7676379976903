import { useEffect, useState } from 'react';
import type { BridgeError, Result } from '../../../common/result';

export type ReadState<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; error: BridgeError };

/** Runs a bridge read whenever key changes (and every refreshMs if given); the newest answer wins. */
export function useSiemRead<T>(read: () => Promise<Result<T>>, key: string, refreshMs = 0): ReadState<T> {
  const [out, setOut] = useState<ReadState<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const run = () =>
      void read().then((r) => {
        if (live) setOut(r.ok ? { state: 'ok', value: r.value } : { state: 'error', error: r.error });
      });
    run();
    const timer = refreshMs > 0 ? setInterval(run, refreshMs) : undefined;
    return () => {
      live = false;
      if (timer) clearInterval(timer);
    };
    // read is a fresh closure each render; key says when its inputs changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, refreshMs]);
  return out;
}
