// Where each role window goes on today's displays. Pure: the Electron shell feeds it `screen` data.
// Saved bounds are validated like VS Code's WindowStateValidator: discarded when they no longer
// sit on a display, otherwise clamped into that display's work area.

import type { WindowRole } from '../../common/bridge/contract';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  workArea: Rect;
  /** The OS primary display; when no display says so, the largest one counts as primary. */
  primary?: boolean;
}

export interface SavedWindowState extends Rect {
  maximized?: boolean;
}

export interface WindowPlacement {
  bounds: Rect;
  displayId: number;
  maximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 480, height: 320 } as const;
/** A saved window must keep at least this share of its area on one display to be restored there. */
export const MIN_VISIBLE_FRACTION = 0.25;
/** Width share of the map when it shares a display with other roles. */
const MAP_SHARE = 0.6;
/** The order in which roles claim a display of their own. */
const ROLE_PRIORITY: readonly WindowRole[] = ['map', 'wall', 'incidents', 'alerts', 'command'];

export function planWindows(
  displays: readonly DisplayInfo[],
  roles: readonly WindowRole[],
  saved: Partial<Record<WindowRole, SavedWindowState>> = {},
): Partial<Record<WindowRole, WindowPlacement>> {
  const usable = displays.filter((d) => isValidRect(d.workArea));
  if (usable.length === 0) throw new Error('planWindows: no display with a usable work area');
  const plan: Partial<Record<WindowRole, WindowPlacement>> = {};
  const layout = defaultLayout(usable, roles);
  for (const role of roles) {
    const restored = saved[role] ? validateSavedState(saved[role], usable) : null;
    plan[role] = restored ?? layout[role];
  }
  return plan;
}

/** Returns the saved state clamped onto the display it mostly sits on, or null when it should be discarded. */
export function validateSavedState(state: SavedWindowState, displays: readonly DisplayInfo[]): WindowPlacement | null {
  if (!isValidRect(state)) return null;
  let best: DisplayInfo | null = null;
  let bestArea = 0;
  for (const d of displays) {
    const area = intersectionArea(state, d.workArea);
    if (area > bestArea) [best, bestArea] = [d, area];
  }
  if (!best || bestArea < MIN_VISIBLE_FRACTION * state.width * state.height) return null;
  return { bounds: clampInto(state, best.workArea), displayId: best.id, maximized: state.maximized === true };
}

export function clampInto(rect: Rect, area: Rect): Rect {
  const width = clamp(Math.round(rect.width), Math.min(MIN_WINDOW_SIZE.width, area.width), area.width);
  const height = clamp(Math.round(rect.height), Math.min(MIN_WINDOW_SIZE.height, area.height), area.height);
  const x = clamp(Math.round(rect.x), area.x, area.x + area.width - width);
  const y = clamp(Math.round(rect.y), area.y, area.y + area.height - height);
  return { x, y, width, height };
}

/** Map on the primary (or largest) display, the wall on a display of its own when there are two or more. */
function defaultLayout(displays: readonly DisplayInfo[], roles: readonly WindowRole[]): Record<WindowRole, WindowPlacement> {
  const ordered = orderDisplays(displays);
  const wanted = ROLE_PRIORITY.filter((r) => roles.includes(r));
  const groups = new Map<DisplayInfo, WindowRole[]>();
  const put = (d: DisplayInfo, r: WindowRole) => groups.set(d, [...(groups.get(d) ?? []), r]);
  // One display per role in priority order; the rest share the last display, unless that is the
  // wall's (video needs it whole), in which case they join the map's.
  const last = ordered[ordered.length - 1];
  const overflowTo = wanted[ordered.length - 1] === 'wall' && ordered.length > 1 ? ordered[0] : last;
  wanted.forEach((role, i) => put(i < ordered.length ? ordered[i] : overflowTo, role));
  const placements = {} as Record<WindowRole, WindowPlacement>;
  for (const [display, group] of groups) {
    tile(display.workArea, group).forEach((bounds, i) => {
      placements[group[i]] = { bounds, displayId: display.id, maximized: false };
    });
  }
  return placements;
}

function orderDisplays(displays: readonly DisplayInfo[]): DisplayInfo[] {
  const byArea = [...displays].sort(
    (a, b) => area(b.workArea) - area(a.workArea) || a.workArea.x - b.workArea.x || a.workArea.y - b.workArea.y,
  );
  const primary = byArea.find((d) => d.primary) ?? byArea[0];
  return [primary, ...byArea.filter((d) => d !== primary)];
}

/** Splits a work area among roles: alone fills it; with the map, the map takes the left 60%. */
function tile(area: Rect, roles: readonly WindowRole[]): Rect[] {
  if (roles.length === 1) return [{ ...area }];
  if (roles[0] === 'map') {
    const [left, right] = split({ ...area }, 'columns', [MAP_SHARE, 1 - MAP_SHARE]);
    return [left, ...split(right, 'rows', roles.slice(1).map(() => 1))];
  }
  return split(area, area.width >= area.height ? 'columns' : 'rows', roles.map(() => 1));
}

/** Integer split by weights; the last piece takes the rounding remainder so pieces cover the area. */
function split(area: Rect, direction: 'columns' | 'rows', weights: number[]): Rect[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const length = direction === 'columns' ? area.width : area.height;
  const out: Rect[] = [];
  let offset = 0;
  weights.forEach((w, i) => {
    const size = i === weights.length - 1 ? length - offset : Math.floor((length * w) / total);
    out.push(
      direction === 'columns'
        ? { x: area.x + offset, y: area.y, width: size, height: area.height }
        : { x: area.x, y: area.y + offset, width: area.width, height: size },
    );
    offset += size;
  });
  return out;
}

function isValidRect(r: Partial<Rect> | undefined): r is Rect {
  return (
    !!r &&
    [r.x, r.y, r.width, r.height].every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    r.width! > 0 &&
    r.height! > 0
  );
}

function intersectionArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function area(r: Rect): number {
  return r.width * r.height;
}

function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, v));
}
