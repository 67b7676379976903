// The area the operator drew on this map (box-select): local to the map window, like the focused ward.
import { useSyncExternalStore } from 'react';
import type { AreaSelection } from './model/area-select';

let current: AreaSelection | null = null;
const listeners = new Set<() => void>();

export function setAreaSelection(area: AreaSelection | null): void {
  current = area;
  for (const l of listeners) l();
}

export function useAreaSelection(): AreaSelection | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
