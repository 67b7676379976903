import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConsoleStatus } from '../../../../../common/bridge/contract';
import type { BasemapState } from '../../../../../common/tiles/basemap-types';
import { clockHm, offlineSummary } from './offline-summary';

const engine = (engine: 'dispatch' | 'siem' | 'inference', state: 'ready' | 'down' | 'connecting', sinceMs: number) => ({ engine, state, sinceMs, lastEventMs: null, lastSeq: 0, detail: '' });
const status = (d: 'ready' | 'down' | 'connecting', s: 'ready' | 'down', since = 1_000): ConsoleStatus => ({
  engines: { dispatch: engine('dispatch', d, since), siem: engine('siem', s, since + 500), inference: engine('inference', 'ready', 0) },
  pendingCommands: 0,
});
const online = (reachable: boolean, offlineSinceMs: number | null) => ({ kind: 'url', reachable, offlineSinceMs }) as BasemapState;

test('nothing to say while every engine is ready (or still connecting) and the tiles load', () => {
  assert.equal(offlineSummary(status('ready', 'ready'), online(true, null)), null);
  assert.equal(offlineSummary(status('connecting', 'ready'), null), null);
});

test('offline since the earliest of the engines that are down and the tile source', () => {
  assert.deepEqual(offlineSummary(status('down', 'down', 5_000), online(false, 9_000)), { sinceMs: 5_000, engines: ['dispatch', 'siem'], tiles: true });
  assert.deepEqual(offlineSummary(status('ready', 'ready'), online(false, 7_000)), { sinceMs: 7_000, engines: [], tiles: true });
  assert.deepEqual(offlineSummary(status('ready', 'down', 2_000), { kind: 'mbtiles', reachable: true } as BasemapState), { sinceMs: 2_500, engines: ['siem'], tiles: false });
});

test('the clock shows hours and minutes', () => {
  assert.match(clockHm(Date.UTC(2026, 10, 23, 17, 5)), /^\d\d:\d\d$/);
});
