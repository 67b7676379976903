import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WINDOW_ROLES, type WindowRole } from '../../common/bridge/contract';
import { MIN_WINDOW_SIZE, clampInto, planWindows, validateSavedState, type DisplayInfo, type Rect } from './placement';

const FHD = (id: number, x: number, primary = false): DisplayInfo => ({
  id,
  workArea: { x, y: 0, width: 1920, height: 1040 },
  primary,
});

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function displayOf(plan: ReturnType<typeof planWindows>, role: WindowRole): number {
  return plan[role]!.displayId;
}

test('one display: every role tiled inside the work area, no overlaps, map the largest', () => {
  const d = FHD(1, 0, true);
  const plan = planWindows([d], WINDOW_ROLES);
  const rects = WINDOW_ROLES.map((r) => plan[r]!.bounds);
  for (const r of rects) assert.ok(contains(d.workArea, r), JSON.stringify(r));
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) assert.ok(!overlaps(rects[i], rects[j]), `${WINDOW_ROLES[i]} overlaps ${WINDOW_ROLES[j]}`);
  const areaOf = (r: Rect) => r.width * r.height;
  const covered = rects.reduce((s, r) => s + areaOf(r), 0);
  assert.equal(covered, areaOf(d.workArea), 'tiles cover the work area exactly');
  for (const role of WINDOW_ROLES) if (role !== 'map') assert.ok(areaOf(plan.map!.bounds) > areaOf(plan[role]!.bounds));
});

test('two displays: map on the primary, wall alone on the other, lists beside the map', () => {
  const plan = planWindows([FHD(7, 1920), FHD(3, 0, true)], WINDOW_ROLES);
  assert.equal(displayOf(plan, 'map'), 3);
  assert.equal(displayOf(plan, 'wall'), 7);
  assert.deepEqual(plan.wall!.bounds, FHD(7, 1920).workArea);
  for (const role of ['incidents', 'alerts', 'command'] as const) assert.equal(displayOf(plan, role), 3);
});

test('without a primary flag the largest display gets the map', () => {
  const small: DisplayInfo = { id: 1, workArea: { x: 0, y: 0, width: 1280, height: 720 } };
  const big: DisplayInfo = { id: 2, workArea: { x: 1280, y: 0, width: 3840, height: 2160 } };
  const plan = planWindows([small, big], WINDOW_ROLES);
  assert.equal(displayOf(plan, 'map'), 2);
  assert.equal(displayOf(plan, 'wall'), 1);
});

test('three displays: map, wall, and the lists together on the third', () => {
  const plan = planWindows([FHD(1, 0, true), FHD(2, 1920), FHD(3, 3840)], WINDOW_ROLES);
  assert.deepEqual(
    WINDOW_ROLES.map((r) => displayOf(plan, r)),
    [1, 2, 3, 3, 3],
  );
});

test('five or more displays: one role per display, each filling its work area', () => {
  const displays = [0, 1, 2, 3, 4, 5].map((i) => FHD(i + 10, i * 1920, i === 0));
  const plan = planWindows(displays, WINDOW_ROLES);
  const used = new Set(WINDOW_ROLES.map((r) => displayOf(plan, r)));
  assert.equal(used.size, 5);
  for (const r of WINDOW_ROLES) {
    const d = displays.find((x) => x.id === plan[r]!.displayId)!;
    assert.deepEqual(plan[r]!.bounds, d.workArea);
  }
});

test('only the requested roles are planned', () => {
  const plan = planWindows([FHD(1, 0, true)], ['incidents', 'alerts']);
  assert.deepEqual(Object.keys(plan).sort(), ['alerts', 'incidents']);
});

test('saved bounds on a present display are kept as they are', () => {
  const saved = { x: 100, y: 80, width: 900, height: 600, maximized: true };
  const plan = planWindows([FHD(1, 0, true), FHD(2, 1920)], WINDOW_ROLES, { alerts: saved });
  assert.deepEqual(plan.alerts, { bounds: { x: 100, y: 80, width: 900, height: 600 }, displayId: 1, maximized: true });
});

test('saved bounds on a display that is gone are discarded for the default layout', () => {
  const savedOnThird = { x: 3840 + 100, y: 100, width: 800, height: 600 };
  const displays = [FHD(1, 0, true), FHD(2, 1920)];
  const plan = planWindows(displays, WINDOW_ROLES, { incidents: savedOnThird });
  assert.deepEqual(plan.incidents, planWindows(displays, WINDOW_ROLES).incidents);
});

test('a window barely on screen is discarded; a mostly visible one is clamped in', () => {
  const displays = [FHD(1, 0, true)];
  assert.equal(validateSavedState({ x: 1850, y: 100, width: 800, height: 600 }, displays), null);
  const moved = validateSavedState({ x: 1400, y: -50, width: 800, height: 600 }, displays)!;
  assert.deepEqual(moved.bounds, { x: 1120, y: 0, width: 800, height: 600 });
});

test('a window straddling two displays moves wholly onto the one holding most of it', () => {
  const displays = [FHD(1, 0, true), FHD(2, 1920)];
  const p = validateSavedState({ x: 1700, y: 100, width: 800, height: 600 }, displays)!;
  assert.equal(p.displayId, 2);
  assert.deepEqual(p.bounds, { x: 1920, y: 100, width: 800, height: 600 });
});

test('too large is shrunk to the work area, too small is grown to the minimum size', () => {
  const wa = FHD(1, 0).workArea;
  assert.deepEqual(clampInto({ x: -10, y: -10, width: 5000, height: 3000 }, wa), wa);
  const tiny = clampInto({ x: 10, y: 10, width: 50, height: 20 }, wa);
  assert.equal(tiny.width, MIN_WINDOW_SIZE.width);
  assert.equal(tiny.height, MIN_WINDOW_SIZE.height);
  const smallScreen = { x: 0, y: 0, width: 400, height: 300 };
  assert.deepEqual(clampInto({ x: 0, y: 0, width: 50, height: 20 }, smallScreen), smallScreen);
});

test('garbage saved state is discarded, never thrown on', () => {
  const displays = [FHD(1, 0, true)];
  for (const bad of [
    { x: NaN, y: 0, width: 800, height: 600 },
    { x: 0, y: 0, width: 0, height: 600 },
    { x: 0, y: 0, width: -800, height: 600 },
    { x: Infinity, y: 0, width: 800, height: 600 },
  ])
    assert.equal(validateSavedState(bad, displays), null, JSON.stringify(bad));
});

test('displays with an unusable work area are ignored; none at all is an error', () => {
  const broken: DisplayInfo = { id: 9, workArea: { x: 0, y: 0, width: 0, height: 0 } };
  const plan = planWindows([broken, FHD(1, 0)], ['map']);
  assert.equal(plan.map!.displayId, 1);
  assert.throws(() => planWindows([broken], ['map']), /no display/);
});
