import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/locale';
import { shortcutLabel } from './action-registry';
import { useAction, useActionRegistry } from './actions-context';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl+K (⌘K): every enabled action of this window, searchable by its label, runnable by Enter. */
export function CommandPalette() {
  const { t } = useI18n();
  const registry = useActionRegistry();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useAction({ id: 'app.commandPalette', labelKey: 'action.commandPalette', shortcut: 'Mod+K', perform: () => setOpen((o) => !o) });
  useAction({ id: 'app.closePalette', labelKey: 'action.closePalette', shortcut: 'Escape', enabled: () => open, perform: () => setOpen(false) });
  const version = useSyncExternalStore(
    (l) => registry.subscribe(l),
    () => registry.list().length,
  );
  const items = useMemo(() => {
    const q = query.trim().toLowerCase();
    return registry
      .list()
      .filter((a) => a.id !== 'app.commandPalette' && a.id !== 'app.closePalette' && registry.isEnabled(a))
      .filter((a) => !q || t(a.labelKey).toLowerCase().includes(q) || a.id.toLowerCase().includes(q));
    // version: re-read when actions register or unregister.
  }, [registry, query, t, version, open]);

  useEffect(() => {
    if (open) {
      setQuery('');
      setActive(0);
      input.current?.focus();
    }
  }, [open]);
  if (!open) return null;

  const run = (i: number) => {
    const a = items[i];
    if (!a) return;
    setOpen(false);
    void registry.run(a.id);
  };
  return (
    <div className="palette-backdrop" onMouseDown={() => setOpen(false)}>
      <div className="palette" role="dialog" aria-label={t('action.commandPalette')} data-testid="command-palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input}
          data-testid="palette-input"
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, items.length - 1));
            else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter') run(active);
            else return;
            e.preventDefault();
          }}
        />
        <ul>
          {items.length === 0 && <li className="muted">{t('palette.empty')}</li>}
          {items.map((a, i) => (
            <li key={a.id} className={i === active ? 'active' : ''} data-testid={`palette-item-${a.id}`} onMouseEnter={() => setActive(i)} onClick={() => run(i)}>
              <span>{t(a.labelKey)}</span>
              {a.shortcut && <kbd>{shortcutLabel(a.shortcut, isMac)}</kbd>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
