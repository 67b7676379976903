import { useEffect, useRef, useState } from 'react';

/**
 * The value, but changing at most once per `everyMs`: counts over thousands of alerts need not be
 * recomputed for each 50 ms delta during a storm. The latest value always lands within `everyMs`.
 */
export function useSampled<T>(value: T, everyMs: number): T {
  const [sampled, setSampled] = useState(value);
  const lastMs = useRef(0);
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    if (Object.is(value, sampled)) return;
    const wait = lastMs.current + everyMs - Date.now();
    const apply = () => {
      lastMs.current = Date.now();
      setSampled(() => latest.current);
    };
    if (wait <= 0) return apply();
    const timer = setTimeout(apply, wait);
    return () => clearTimeout(timer);
  }, [value, sampled, everyMs]);
  return sampled;
}
