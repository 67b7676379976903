import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { ActionRegistry, type Action } from './action-registry';

const RegistryContext = createContext<ActionRegistry | null>(null);
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** One registry per window, and the keyboard wired to it. */
export function ActionsProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => new ActionRegistry(isMac), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const inTextField = !!target?.closest('input, textarea, select, [contenteditable="true"]');
      const action = registry.forKey({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey, inTextField });
      if (!action) return;
      e.preventDefault();
      void action.perform();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useActionRegistry(): ActionRegistry {
  const r = useContext(RegistryContext);
  if (!r) throw new Error('useActionRegistry outside ActionsProvider');
  return r;
}

/** Registers an action while the component is mounted; perform/enabled always see the latest props. */
export function useAction(action: Action): void {
  const registry = useActionRegistry();
  const latest = useRef(action);
  latest.current = action;
  const { id, labelKey, shortcut } = action;
  useEffect(
    () =>
      registry.register({
        id,
        labelKey,
        shortcut,
        enabled: () => (latest.current.enabled ? latest.current.enabled() : true),
        perform: () => latest.current.perform(),
      }),
    [registry, id, labelKey, shortcut],
  );
}
