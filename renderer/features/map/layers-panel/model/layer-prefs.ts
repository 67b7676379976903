// Which layers an operator shows and how opaque: pure state, stored as JSON per operator.

export interface LayerPrefs {
  visible: Record<string, boolean>;
  opacity: Record<string, number>;
}

export const DEFAULT_OPACITY = 1;

export function prefsStorageKey(operator: string | undefined): string {
  return `watchfloor.map.layers.${operator?.trim() || 'default'}`;
}

export function emptyPrefs(): LayerPrefs {
  return { visible: {}, opacity: {} };
}

export function isVisible(prefs: LayerPrefs, id: string): boolean {
  return prefs.visible[id] ?? true;
}

export function opacityOf(prefs: LayerPrefs, id: string): number {
  return prefs.opacity[id] ?? DEFAULT_OPACITY;
}

export function withVisible(prefs: LayerPrefs, id: string, visible: boolean): LayerPrefs {
  return { ...prefs, visible: { ...prefs.visible, [id]: visible } };
}

export function withOpacity(prefs: LayerPrefs, id: string, opacity: number): LayerPrefs {
  return { ...prefs, opacity: { ...prefs.opacity, [id]: clamp01(opacity) } };
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : DEFAULT_OPACITY;
}

/** Reads stored prefs, keeping only known ids with values of the right type (storage may hold anything). */
export function parsePrefs(stored: string | null, knownIds: readonly string[]): LayerPrefs {
  const prefs = emptyPrefs();
  if (!stored) return prefs;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return prefs;
  }
  const r = raw as { visible?: Record<string, unknown>; opacity?: Record<string, unknown> } | null;
  for (const id of knownIds) {
    const v = r?.visible?.[id];
    if (typeof v === 'boolean') prefs.visible[id] = v;
    const o = r?.opacity?.[id];
    if (typeof o === 'number') prefs.opacity[id] = clamp01(o);
  }
  return prefs;
}
