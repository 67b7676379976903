// The operator's layer prefs: read from localStorage under the operator's key, saved on every change.
import { useCallback, useEffect, useState } from 'react';
import { useConsole } from '../../../app/store';
import { ALL_ENTRIES } from './model/layer-catalog';
import { parsePrefs, prefsStorageKey, type LayerPrefs } from './model/layer-prefs';

const IDS = ALL_ENTRIES.map((e) => e.id);

function read(key: string): LayerPrefs {
  try {
    return parsePrefs(globalThis.localStorage?.getItem(key) ?? null, IDS);
  } catch {
    return parsePrefs(null, IDS);
  }
}

export function useLayerPrefs(): [LayerPrefs, (next: LayerPrefs) => void] {
  const operator = useConsole((s) => s.mapContext?.operator);
  const key = prefsStorageKey(operator);
  const [prefs, setPrefs] = useState<LayerPrefs>(() => read(key));
  useEffect(() => setPrefs(read(key)), [key]);
  const update = useCallback(
    (next: LayerPrefs) => {
      setPrefs(next);
      try {
        globalThis.localStorage?.setItem(key, JSON.stringify(next));
      } catch {
        // Kiosk profiles may refuse storage; the choice then lasts for this page only.
      }
    },
    [key],
  );
  return [prefs, update];
}
