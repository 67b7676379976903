// Offline: an online basemap cached by the console, OSM PBF roads imported through the panel, then the
// engines and the tile source stop; the map still shows cached tiles and cached data, and says since when.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { createLogger } from '../../common/log';
import { startConsole } from '../../main/console/start-console';
import { startWebHost, type WebHost } from '../../main/host/web-host';
import { startTileServer, type TestTileServer } from '../integration/tile-proxy';
import { mapIdle, SHOTS } from './console-fixture';
import { PNG } from './png';

const HANOI = path.resolve(__dirname, '../../../shared/data/hanoi');
const PBF = path.join(HANOI, 'hanoi_central_highways_2025-10.osm.pbf');
const BROKEN_PBF = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wf-pbf-')), 'cut.osm.pbf');

type Console = { runtime: Awaited<ReturnType<typeof startConsole>>; host: WebHost; tiles: TestTileServer; dataDir: string };
const test = base.extend<Record<never, never>, { outageConsole: Console }>({
  outageConsole: [
    async ({}, use) => {
      const tiles = await startTileServer();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-e2e-offline-'));
      const runtime = await startConsole({ dataDir, simulate: false, basemap: { url: tiles.template }, tileProbeMs: 1_000 });
      const host = await startWebHost({ bridge: runtime.bridge, rendererDir: path.resolve(__dirname, '../../dist/renderer'), logger: createLogger('e2e', () => undefined), tiles: runtime.tiles });
      await use({ runtime, host, tiles, dataDir });
      await host.close();
      await runtime.stop();
      await tiles.stop().catch(() => undefined);
    },
    { scope: 'worker' },
  ],
});
test.describe.configure({ mode: 'serial' });

async function openMap(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${url}?role=map`);
  await expect(page.getByTestId('core-link')).toHaveAttribute('data-state', 'open');
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  return page;
}

/** Share of sample points inside the map that show the test tile server's green, not the dark no-basemap ground. */
function tileGreenShare(shot: Buffer, box: { x: number; y: number; width: number; height: number }): number {
  let green = 0;
  let total = 0;
  for (let i = 1; i <= 8; i++) {
    for (let j = 1; j <= 5; j++) {
      const p = PNG.pixel(shot, Math.round(box.x + (box.width * i) / 9), Math.round(box.y + (box.height * j) / 6));
      total++;
      if (p.g > 150 && p.g > p.r + 40 && p.g > p.b + 40) green++;
    }
  }
  return green / total;
}

const rendered = (page: Page, layer: string) =>
  page.evaluate((l) => (window as any).__watchfloorMap.queryRenderedFeatures({ layers: [l] }).length as number, layer);

test('OSM PBF roads import through the layers panel; a truncated PBF names the blob and leaves the roads whole', async ({ browser, outageConsole: offline }) => {
  test.setTimeout(180_000);
  const map = await openMap(browser, offline.host.url);
  await mapIdle(map);
  await map.getByTestId('geo-import-layer').selectOption('roads');
  await map.getByTestId('geo-import-file').setInputFiles(PBF);
  await map.getByTestId('geo-import-submit').click();
  const result = map.getByTestId('geo-import-result');
  await expect(result).toHaveAttribute('data-state', 'imported', { timeout: 60_000 });
  await expect(result).toHaveAttribute('data-count', '13348');
  await map.evaluate(() => (window as any).__watchfloorMap.jumpTo({ center: [105.852, 21.027], zoom: 15 }));
  await mapIdle(map);
  await expect.poll(() => rendered(map, 'roads-line'), { timeout: 30_000 }).toBeGreaterThan(200);
  await map.screenshot({ path: path.join(SHOTS, 'map-pbf-roads.png') });

  fs.writeFileSync(BROKEN_PBF, fs.readFileSync(PBF).subarray(0, 250_000));
  await map.getByTestId('geo-import-file').setInputFiles(BROKEN_PBF);
  await map.getByTestId('geo-import-submit').click();
  await expect(result).toHaveAttribute('data-state', 'rejected', { timeout: 30_000 });
  const error = map.getByTestId('geo-import-error').first();
  await expect(error).toHaveAttribute('data-reason', 'pbf');
  await expect(error).toContainText(/cut\.osm\.pbf: blob \d+ at byte \d+: truncated/);
  const row = await offline.runtime.internals.cache.db.get<{ n: number; f: string }>("SELECT feature_count AS n, file_name AS f FROM geo_layers WHERE layer = 'roads'");
  expect(row).toEqual({ n: 13348, f: 'hanoi_central_highways_2025-10.osm.pbf' });
  await map.close();
});

test('offline: engines and tile source stopped, the map shows cached tiles and data with "offline since"', async ({ browser, outageConsole: offline }) => {
  test.setTimeout(180_000);
  const map = await openMap(browser, offline.host.url);
  await expect(map.getByTestId('offline-notice')).toHaveCount(0);
  await map.evaluate(() => (window as any).__watchfloorMap.jumpTo({ center: [105.845, 21.03], zoom: 13 }));
  await mapIdle(map);

  // Download the visible area at zooms 13–14 through the basemap panel: estimate, progress, done.
  await map.getByTestId('basemap-toggle').click();
  await expect(map.getByTestId('basemap-current')).toHaveAttribute('data-kind', 'url');
  await map.getByTestId('offline-min-zoom').fill('13');
  await map.getByTestId('offline-max-zoom').fill('14');
  await map.getByTestId('offline-estimate').click();
  const estimate = map.getByTestId('offline-estimate-result');
  await expect(estimate).toBeVisible();
  const tiles = Number(await estimate.getAttribute('data-tiles'));
  expect(tiles).toBeGreaterThan(4);
  await map.getByTestId('offline-start').click();
  const progress = map.getByTestId('offline-progress');
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(progress).toHaveAttribute('data-stored', String(tiles));
  await map.screenshot({ path: path.join(SHOTS, 'map-offline-download.png') });
  await map.getByTestId('basemap-toggle').click();

  const box = (await map.getByTestId('map').boundingBox())!;
  expect(tileGreenShare(await map.screenshot(), box)).toBeGreaterThan(0.5);
  const unitsBefore = await rendered(map, 'units-circle');
  expect(unitsBefore).toBeGreaterThan(0);

  // The outage: the network tile source and every engine stop.
  await offline.tiles.stop();
  const embedded = offline.runtime.internals.embedded!;
  for (const e of ['dispatch', 'siem', 'inference'] as const) await embedded.stopEngine(e);
  const notice = map.getByTestId('offline-notice');
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice).toContainText(/Mất kết nối từ \d\d:\d\d/);
  await expect(notice).toContainText('127.0.0.1', { timeout: 10_000 });

  // A fresh window now: every tile and every record must come from the console's caches.
  await map.reload();
  await expect(map.getByTestId('core-link')).toHaveAttribute('data-state', 'open');
  await expect(map.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await map.evaluate(() => (window as any).__watchfloorMap.jumpTo({ center: [105.845, 21.03], zoom: 13 }));
  await mapIdle(map);
  await expect(map.getByTestId('offline-notice')).toBeVisible();
  await expect.poll(() => rendered(map, 'units-circle')).toBe(unitsBefore);
  expect(await rendered(map, 'roads-line')).toBeGreaterThan(100);
  const shot = await map.screenshot({ path: path.join(SHOTS, 'map-offline.png') });
  expect(tileGreenShare(shot, box)).toBeGreaterThan(0.5);
  const since = Number(await map.getByTestId('offline-notice').getAttribute('data-since'));
  expect(Date.now() - since).toBeLessThan(120_000);
  await map.close();
});
