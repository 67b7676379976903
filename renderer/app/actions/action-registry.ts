// User operations as registered actions (id, label, shortcut, enabled, perform): buttons, keys and
// the command palette all go through here. Pure: no DOM, no React.

export interface Action {
  id: string;
  /** Message catalogue key of the label. */
  labelKey: string;
  /** e.g. "a", "Escape", "Mod+K", "Mod+Shift+L" (Mod = Ctrl, or ⌘ on macOS). */
  shortcut?: string;
  enabled?: () => boolean;
  perform: () => void | Promise<void>;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The focus is in a text field, where plain letters belong to the field. */
  inTextField: boolean;
}

interface Chord {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

export function parseShortcut(shortcut: string): Chord {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  if (!key) throw new Error(`shortcut "${shortcut}" has no key`);
  for (const p of parts) {
    if (!['Mod', 'Shift', 'Alt'].includes(p)) throw new Error(`shortcut "${shortcut}": unknown modifier "${p}" (use Mod, Shift, Alt)`);
  }
  return { key: key.toLowerCase(), mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
}

export function matches(chord: Chord, press: KeyPress, isMac: boolean): boolean {
  const mod = isMac ? press.metaKey : press.ctrlKey;
  if (press.key.toLowerCase() !== chord.key) return false;
  if (mod !== chord.mod || press.altKey !== chord.alt) return false;
  // Shift changes the key itself for symbols; only letters and named keys compare it.
  if (chord.key.length === 1 && /[a-z]/.test(chord.key) && press.shiftKey !== chord.shift) return false;
  // In a text field only chords with a modifier, and Escape, are ours.
  if (press.inTextField && !chord.mod && !chord.alt && chord.key !== 'escape') return false;
  return true;
}

export class ActionRegistry {
  private actions = new Map<string, { action: Action; chord?: Chord }>();
  private listeners = new Set<() => void>();

  constructor(private readonly isMac = false) {}

  register(action: Action): () => void {
    if (this.actions.has(action.id)) throw new Error(`action "${action.id}" is already registered`);
    this.actions.set(action.id, { action, chord: action.shortcut ? parseShortcut(action.shortcut) : undefined });
    this.changed();
    return () => {
      if (this.actions.get(action.id)?.action === action) {
        this.actions.delete(action.id);
        this.changed();
      }
    };
  }

  /** Every registered action, enabled or not, in registration order. */
  list(): Action[] {
    return [...this.actions.values()].map((a) => a.action);
  }

  isEnabled(action: Action): boolean {
    return action.enabled ? action.enabled() : true;
  }

  /** The enabled action a key press triggers, if any. */
  forKey(press: KeyPress): Action | undefined {
    for (const { action, chord } of this.actions.values()) {
      if (chord && matches(chord, press, this.isMac) && this.isEnabled(action)) return action;
    }
    return undefined;
  }

  async run(id: string): Promise<boolean> {
    const entry = this.actions.get(id);
    if (!entry || !this.isEnabled(entry.action)) return false;
    await entry.action.perform();
    return true;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

/** Shortcut as shown to the operator, e.g. "Ctrl+K" or "⌘K". */
export function shortcutLabel(shortcut: string, isMac: boolean): string {
  const c = parseShortcut(shortcut);
  const key = c.key === 'escape' ? 'Esc' : c.key.length === 1 ? c.key.toUpperCase() : c.key;
  const mods = [c.mod ? (isMac ? '⌘' : 'Ctrl') : '', c.alt ? (isMac ? '⌥' : 'Alt') : '', c.shift ? (isMac ? '⇧' : 'Shift') : ''].filter(Boolean);
  return isMac ? mods.join('') + key : [...mods, key].join('+');
}
