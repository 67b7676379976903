import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { appTilePath, isAppUrl, resolveAppRequest } from './app-protocol';

const ROOT = path.resolve('/opt/watchfloor/dist/renderer');

test('serves files under the renderer root; / is index.html', () => {
  assert.deepEqual(resolveAppRequest(ROOT, 'app://watchfloor/index.html?role=map'), { ok: true, file: path.join(ROOT, 'index.html') });
  assert.deepEqual(resolveAppRequest(ROOT, 'app://watchfloor/'), { ok: true, file: path.join(ROOT, 'index.html') });
  assert.deepEqual(resolveAppRequest(ROOT, 'app://watchfloor/assets/index-abc.js'), { ok: true, file: path.join(ROOT, 'assets', 'index-abc.js') });
  assert.deepEqual(resolveAppRequest(ROOT, 'app://watchfloor/fonts/Be%20Vietnam.woff2'), { ok: true, file: path.join(ROOT, 'fonts', 'Be Vietnam.woff2') });
});

test('path traversal is refused, however it is spelled', () => {
  for (const url of [
    'app://watchfloor/..%2f..%2fetc%2fpasswd',
    'app://watchfloor/assets/%2e%2e%2F%2e%2e%2F%2e%2e%2Fetc/passwd',
    'app://watchfloor/..%5c..%5cwindows%5cwin.ini',
    'app://watchfloor/index.html%00.png',
  ]) {
    const r = resolveAppRequest(ROOT, url);
    assert.equal(r.ok, false, url);
    assert.equal(!r.ok && r.status, 403, url);
  }
  // Plain dot segments are folded by the URL parser and stay inside the root.
  const folded = resolveAppRequest(ROOT, 'app://watchfloor/../../etc/passwd');
  assert.ok(folded.ok && folded.file.startsWith(ROOT + path.sep));
});

test('other hosts, schemes and broken URLs are refused', () => {
  assert.equal(resolveAppRequest(ROOT, 'app://elsewhere/index.html').ok, false);
  assert.equal(resolveAppRequest(ROOT, 'file:///etc/passwd').ok, false);
  assert.equal(resolveAppRequest(ROOT, 'app://watchfloor/%E0%A4%A').ok, false);
  assert.equal(resolveAppRequest(ROOT, 'not a url').ok, false);
});

test('isAppUrl accepts only our origin', () => {
  assert.equal(isAppUrl('app://watchfloor/index.html?role=alerts'), true);
  assert.equal(isAppUrl('app://watchfloor.evil/index.html'), false);
  assert.equal(isAppUrl('app://watchfloor@evil/index.html'), false);
  assert.equal(isAppUrl('https://watchfloor/index.html'), false);
  assert.equal(isAppUrl('file:///index.html'), false);
  assert.equal(isAppUrl(''), false);
});

test('tile requests on our own origin go to the tile service, nothing else does', () => {
  assert.equal(appTilePath('app://watchfloor/tiles/basemap/12/3252/1800?r=2'), '/tiles/basemap/12/3252/1800');
  assert.equal(appTilePath('app://watchfloor/index.html'), null);
  assert.equal(appTilePath('app://watchfloor.evil/tiles/basemap/1/0/0'), null);
  assert.equal(appTilePath('https://watchfloor/tiles/basemap/1/0/0'), null);
});
