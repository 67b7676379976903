// The wall's layout and which camera each tile shows, kept in this browser profile across reloads.
import { useCallback, useEffect, useState } from 'react';
import type { Camera } from '../../../common/domain/camera';
import { isWallLayout, wallLayout, type WallLayoutId } from './model/layouts';
import { defaultSlots, placeCamera, resizeSlots, type WallSlots } from './model/wall-slots';

const LAYOUT_KEY = 'watchfloor.wall.layout';
const SLOTS_KEY = 'watchfloor.wall.slots';

function saved(): { layout: WallLayoutId; slots: WallSlots | null } {
  if (typeof localStorage === 'undefined') return { layout: '3x3', slots: null };
  const layout = localStorage.getItem(LAYOUT_KEY);
  let slots: WallSlots | null = null;
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SLOTS_KEY) ?? 'null');
    if (Array.isArray(parsed) && parsed.every((s) => s === null || typeof s === 'string')) slots = parsed;
  } catch {
    slots = null;
  }
  return { layout: isWallLayout(layout) ? layout : '3x3', slots };
}

export interface WallArrangement {
  layoutId: WallLayoutId;
  slots: WallSlots;
  setLayout(id: WallLayoutId): void;
  place(tile: number, cameraId: string): void;
  /** Replaces layout and tiles at once (salvo recall, tour step, follow selection). */
  show(layout: WallLayoutId, slots: WallSlots): void;
}

export function useWallArrangement(cameras: ReadonlyMap<string, Camera>): WallArrangement {
  const [state, setState] = useState(() => {
    const s = saved();
    return { layoutId: s.layout, slots: s.slots };
  });
  const tiles = wallLayout(state.layoutId).cells.length;
  // Until the operator arranges the wall, it shows the first cameras by id (and catches up as they load).
  const slots = state.slots ? resizeSlots(state.slots, tiles, cameras.values()) : defaultSlots(cameras.values(), tiles);

  useEffect(() => {
    localStorage.setItem(LAYOUT_KEY, state.layoutId);
    if (state.slots) localStorage.setItem(SLOTS_KEY, JSON.stringify(state.slots));
  }, [state]);

  const setLayout = useCallback(
    (id: WallLayoutId) => setState((s) => ({ layoutId: id, slots: s.slots ? resizeSlots(s.slots, wallLayout(id).cells.length, cameras.values()) : null })),
    [cameras],
  );
  const place = useCallback(
    (tile: number, cameraId: string) =>
      setState((s) => {
        const n = wallLayout(s.layoutId).cells.length;
        const current = s.slots ? resizeSlots(s.slots, n, cameras.values()) : defaultSlots(cameras.values(), n);
        return { ...s, slots: placeCamera(current, tile, cameraId) };
      }),
    [cameras],
  );
  const show = useCallback((layout: WallLayoutId, next: WallSlots) => setState({ layoutId: layout, slots: next }), []);
  return { layoutId: state.layoutId, slots, setLayout, place, show };
}
