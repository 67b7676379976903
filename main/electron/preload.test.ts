import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_VIDEO_CHANNEL } from '../../common/bridge/contract';
import { findImports } from '../../scripts/lint-layers';

// The preload cannot be imported here (it needs Electron), so its source is checked as text.
const source = fs.readFileSync(path.join(__dirname, 'preload.ts'), 'utf8');

test('the preload copies of the channel names match the bridge contract', () => {
  assert.equal(/const CALL_CHANNEL = '([^']+)'/.exec(source)?.[1], IPC_CALL_CHANNEL);
  assert.equal(/const EVENT_CHANNEL = '([^']+)'/.exec(source)?.[1], IPC_EVENT_CHANNEL);
  assert.equal(/const VIDEO_CHANNEL = '([^']+)'/.exec(source)?.[1], IPC_VIDEO_CHANNEL);
});

test('the preload stays tiny and requires nothing but electron at runtime', () => {
  assert.ok(source.split('\n').length <= 100, 'preload over 100 lines');
  const runtime = findImports(source).filter((i) => !i.typeOnly);
  assert.deepEqual(runtime.map((i) => i.specifier), ['electron']);
  assert.match(source, /exposeInMainWorld\('watchfloorIpc'/);
});
