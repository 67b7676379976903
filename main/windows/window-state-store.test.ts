import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLogger } from '../../common/log';
import { WINDOW_STATE_FILE, createWindowStateStore, parseWindowStates } from './window-state-store';

function tempStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-winstate-'));
  const lines: string[] = [];
  const store = createWindowStateStore(dir, createLogger('test', (l) => lines.push(l), 'debug'));
  return { dir, store, warnings: () => lines.map((l) => JSON.parse(l)).filter((e) => e.level === 'warn') };
}

test('save then load round-trips per-role bounds', () => {
  const { store } = tempStore();
  const states = { map: { x: 0, y: 0, width: 1200, height: 900, maximized: true }, alerts: { x: 1920, y: 0, width: 800, height: 600, maximized: false } };
  store.save(states);
  assert.deepEqual(store.load(), states);
});

test('a missing file is no saved state and no warning', () => {
  const { store, warnings } = tempStore();
  assert.deepEqual(store.load(), {});
  assert.equal(warnings().length, 0);
});

test('a corrupt file is ignored with one warning', () => {
  const { dir, store, warnings } = tempStore();
  fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), '{"version": 1, "windows": {');
  assert.deepEqual(store.load(), {});
  assert.equal(warnings().length, 1);
  assert.match(warnings()[0].rejected[0], /not JSON/);
});

test('bad entries are dropped, good ones kept', () => {
  const text = JSON.stringify({
    version: 1,
    windows: {
      map: { x: 10, y: 20, width: 800, height: 600 },
      wall: { x: 'left', y: 0, width: 800, height: 600 },
      alerts: { x: 0, y: 0, width: -5, height: 600 },
      radar: { x: 0, y: 0, width: 800, height: 600 },
    },
  });
  const { states, rejected } = parseWindowStates(text);
  assert.deepEqual(states, { map: { x: 10, y: 20, width: 800, height: 600, maximized: false } });
  assert.equal(rejected.length, 3);
});

test('another format version is ignored', () => {
  assert.deepEqual(parseWindowStates(JSON.stringify({ version: 2, windows: {} })).states, {});
  assert.deepEqual(parseWindowStates('[]').states, {});
});
