// Salvos (saved sets of cameras for a wall layout) and tours (salvos cycled every N seconds). Pure.
import { fail, invalid, ok, type Result } from '../result';

/** The wall layouts a salvo can be for (renderer/features/wall/model/layouts.ts draws them). */
export const SALVO_LAYOUTS = ['1', '2x2', '3x3', '4x4', '1+5', '1+7'] as const;
export type SalvoLayout = (typeof SALVO_LAYOUTS)[number];
export const LAYOUT_TILES: Record<SalvoLayout, number> = { '1': 1, '2x2': 4, '3x3': 9, '4x4': 16, '1+5': 6, '1+7': 8 };

export interface Salvo {
  name: string;
  layout: SalvoLayout;
  /** Camera id per tile in layout order; null leaves the tile empty. */
  cameras: (string | null)[];
  updatedMs: number;
}

export type SaveSalvoArgs = Omit<Salvo, 'updatedMs'> & { overwrite?: boolean };

export const SALVO_NAME_MAX = 60;
export const MAX_SALVOS = 200;
const CAMERA_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

export function isSalvoLayout(value: unknown): value is SalvoLayout {
  return typeof value === 'string' && (SALVO_LAYOUTS as readonly string[]).includes(value);
}

/** Checks a save request: name, layout, one entry per tile, plausible camera ids. */
export function validateSalvo(args: unknown): Result<SaveSalvoArgs> {
  const a = (args ?? {}) as Record<string, unknown>;
  const name = typeof a.name === 'string' ? a.name.trim() : a.name;
  if (typeof name !== 'string' || !name) return invalid('name', `name is required, got ${JSON.stringify(a.name)}`, 'salvo.error.name');
  if (name.length > SALVO_NAME_MAX) return invalid('name', `name must be at most ${SALVO_NAME_MAX} characters, got ${name.length}`, 'salvo.error.nameLong', { max: SALVO_NAME_MAX });
  if (!isSalvoLayout(a.layout)) return invalid('layout', `layout must be one of ${SALVO_LAYOUTS.join(', ')}, got ${JSON.stringify(a.layout)}`);
  const tiles = LAYOUT_TILES[a.layout];
  if (!Array.isArray(a.cameras) || a.cameras.length !== tiles) {
    return invalid('cameras', `cameras must list ${tiles} tiles for layout ${a.layout} (a camera id or null each), got ${Array.isArray(a.cameras) ? a.cameras.length : JSON.stringify(a.cameras)}`);
  }
  for (const [i, c] of a.cameras.entries()) {
    if (c !== null && (typeof c !== 'string' || !CAMERA_ID.test(c))) return invalid(`cameras[${i}]`, `cameras[${i}] must be a camera id or null, got ${JSON.stringify(c)}`);
  }
  if (a.cameras.every((c) => c === null)) return invalid('cameras', 'a salvo needs at least one camera', 'salvo.error.empty');
  if (a.overwrite !== undefined && typeof a.overwrite !== 'boolean') return invalid('overwrite', `overwrite must be true or false, got ${JSON.stringify(a.overwrite)}`);
  return ok({ name, layout: a.layout, cameras: a.cameras as (string | null)[], overwrite: a.overwrite === true });
}

export function validateSalvoName(args: unknown): Result<string> {
  const name = (args as { name?: unknown } | null)?.name;
  if (typeof name !== 'string' || !name.trim()) return invalid('name', `name is required, got ${JSON.stringify(name)}`, 'salvo.error.name');
  return ok(name.trim());
}

export function salvoExists(name: string): Result<never> {
  return fail({ code: 'CONFLICT', field: 'name', message: `a salvo named "${name}" exists; save with overwrite to replace it`, key: 'salvo.error.exists', params: { name } });
}

/** Tour dwell per step, seconds. */
export const TOUR_MIN_S = 5;
export const TOUR_MAX_S = 600;

export interface Tour {
  salvos: string[];
  dwellS: number;
}

export function validateTour(salvos: readonly string[], dwell: unknown): Result<Tour> {
  const n = typeof dwell === 'string' && dwell.trim() !== '' ? Number(dwell) : dwell;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < TOUR_MIN_S || n > TOUR_MAX_S) {
    return invalid('dwellS', `dwellS must be a whole number of seconds from ${TOUR_MIN_S} to ${TOUR_MAX_S}, got ${JSON.stringify(dwell)}`, 'tour.error.dwell', { min: TOUR_MIN_S, max: TOUR_MAX_S, value: String(dwell) });
  }
  if (salvos.length < 2) return invalid('salvos', `a tour needs at least 2 salvos, got ${salvos.length}`, 'tour.error.salvos');
  return ok({ salvos: [...salvos], dwellS: n });
}

export interface TourClock {
  /** Which salvo is live. */
  step: number;
  /** Whole seconds until the next step. */
  remainingS: number;
}

/**
 * Where a tour is after running for elapsedMs (pauses excluded): steps advance every dwell and wrap.
 */
export function tourPosition(tour: Tour, elapsedMs: number): TourClock {
  const dwellMs = tour.dwellS * 1000;
  const done = Math.max(0, Math.floor(elapsedMs / dwellMs));
  const step = done % tour.salvos.length;
  const remainingS = Math.ceil((dwellMs - (Math.max(0, elapsedMs) - done * dwellMs)) / 1000);
  return { step, remainingS };
}
