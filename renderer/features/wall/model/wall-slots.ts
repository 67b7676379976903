// Which camera each tile of the wall shows: explicit per tile, changed by drops, salvos, tours and follow. Pure.
import type { Camera } from '../../../../common/domain/camera';
import type { Salvo } from '../../../../common/video/salvo';
import { wallCameras } from './wall-tiles';

/** Camera id per tile in layout order; null: an empty tile waiting for a drop. */
export type WallSlots = readonly (string | null)[];

/** The first cameras by id, for a wall nobody arranged yet. */
export function defaultSlots(cameras: Iterable<Camera>, tiles: number): WallSlots {
  const ids: (string | null)[] = wallCameras(cameras, tiles).map((c) => c.id);
  while (ids.length < tiles) ids.push(null);
  return ids;
}

/** A layout change keeps the tiles that still fit; new tiles take cameras not shown yet (by id). */
export function resizeSlots(slots: WallSlots, tiles: number, cameras: Iterable<Camera>): WallSlots {
  const kept = slots.slice(0, tiles);
  const shown = new Set(kept.filter((id): id is string => !!id));
  const spare = wallCameras(cameras, Number.MAX_SAFE_INTEGER).map((c) => c.id).filter((id) => !shown.has(id));
  const out = [...kept];
  while (out.length < tiles) out.push(spare.shift() ?? null);
  return out;
}

/** Puts the camera into the tile; if another tile showed it, the two tiles swap (a camera is shown once). */
export function placeCamera(slots: WallSlots, tile: number, cameraId: string): WallSlots {
  if (tile < 0 || tile >= slots.length) return slots;
  const out = [...slots];
  const from = out.indexOf(cameraId);
  if (from === tile) return slots;
  if (from >= 0) out[from] = out[tile];
  out[tile] = cameraId;
  return out;
}

/** Where "show on wall" puts a camera: where it already is, else the first empty tile, else the first tile. */
export function tileForCamera(slots: WallSlots, cameraId: string): number {
  const at = slots.indexOf(cameraId);
  if (at >= 0) return at;
  const empty = slots.indexOf(null);
  return empty >= 0 ? empty : 0;
}

/** A salvo's cameras on its layout's tiles. */
export function slotsFromSalvo(salvo: Pick<Salvo, 'cameras'>, tiles: number): WallSlots {
  const out = salvo.cameras.slice(0, tiles);
  while (out.length < tiles) out.push(null);
  return out;
}

/** Follow selection: the cameras that see the scene, nearest first; the rest of the tiles empty. */
export function followSlots(cameraIds: readonly string[], tiles: number): WallSlots {
  const out: (string | null)[] = cameraIds.slice(0, tiles);
  while (out.length < tiles) out.push(null);
  return out;
}
