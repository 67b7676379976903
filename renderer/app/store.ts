// The window's external store: React reads it with useSyncExternalStore; grids also listen to changes.
import { useSyncExternalStore } from 'react';
import type { Delta, Snapshot } from '../../common/bridge/contract';
import { applyDelta, applySnapshot, emptyState, noChanges, type AppliedChanges, type ConsoleState } from '../state/console-state';

type ChangeListener = (changes: AppliedChanges) => void;

export class ConsoleStore {
  private state: ConsoleState = emptyState();
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<ChangeListener>();

  getState = (): ConsoleState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Record-level changes (and resets), for views that patch instead of re-rendering (grids, map). */
  onChanges(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  update(patch: Partial<ConsoleState>): void {
    this.set({ ...this.state, ...patch });
  }

  replace(snap: Snapshot): void {
    this.set(applySnapshot(this.state, snap), noChanges(true));
  }

  applyDelta(delta: Delta, nowMs = Date.now()): void {
    const { state, changes } = applyDelta(this.state, delta, nowMs);
    this.set(state, changes);
  }

  private set(next: ConsoleState, changes?: AppliedChanges): void {
    this.state = next;
    for (const l of this.listeners) l();
    if (changes) for (const l of this.changeListeners) l(changes);
  }
}

let current: ConsoleStore | null = null;

export function setConsoleStore(store: ConsoleStore): void {
  current = store;
}

export function getConsoleStore(): ConsoleStore {
  if (!current) throw new Error('console store used before bootstrap');
  return current;
}

/** Selects a slice; the selector must return a value held in state (or a primitive), not a new object. */
export function useConsole<T>(selector: (s: ConsoleState) => T): T {
  const store = getConsoleStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
