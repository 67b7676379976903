// The ward the operator clicked or searched: local to this map window (wards are not bridge selections).
import { useSyncExternalStore } from 'react';

let focusedWard: string | null = null;
const listeners = new Set<() => void>();

export function setFocusedWard(name: string | null): void {
  if (name === focusedWard) return;
  focusedWard = name;
  for (const l of listeners) l();
}

export function getFocusedWard(): string | null {
  return focusedWard;
}

export function useFocusedWard(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => focusedWard,
  );
}
