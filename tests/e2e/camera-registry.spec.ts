// Camera registry in the map window: a CSV imported through the import panel, found by the search box
// (the console holds only a working set, so the answer comes from the engine), and a bad file's row errors.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { camerasCsv, syntheticCameras } from '../../bench/registry-data';
import { expect, mapIdle, SHOTS, test } from './console-fixture';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-e2e-cams-'));

test('a 2,000-camera CSV imports through the panel, and the search box finds one the console did not hold', async ({ open, wf }) => {
  const file = path.join(tmp, 'cameras-2000.csv');
  fs.writeFileSync(file, camerasCsv(syntheticCameras(2000, 61)).replace(/CAM-/g, 'REG-'));
  const map = await open('map');
  await mapIdle(map);
  await map.getByTestId('geo-import-layer').selectOption('cameras');
  await map.getByTestId('geo-import-file').setInputFiles(file);
  await map.getByTestId('geo-import-submit').click();
  const result = map.getByTestId('camera-import-result');
  await expect(result).toHaveAttribute('data-state', 'imported', { timeout: 60_000 });
  await expect(result).toHaveAttribute('data-count', '2000');
  // The console did not pull the registry into its working set.
  expect(wf.runtime.internals.state.cameras.has('REG-0001234')).toBe(false);

  await map.getByTestId('map-search').fill('reg-0001234');
  const hit = map.locator('[data-testid="map-search-result"][data-id="REG-0001234"]');
  await expect(hit).toBeVisible({ timeout: 10_000 });
  await map.screenshot({ path: path.join(SHOTS, 'camera-registry-search.png') });
  await hit.click();
  const card = map.getByTestId('camera-card');
  await expect(card).toHaveAttribute('data-id', 'REG-0001234', { timeout: 10_000 });
  expect(wf.runtime.internals.state.cameras.has('REG-0001234')).toBe(true);
  await mapIdle(map);
  await map.screenshot({ path: path.join(SHOTS, 'camera-registry-picked.png') });
});

test('a camera file with bad rows is refused whole and every bad row is listed with line, field and value', async ({ open, wf }) => {
  const file = path.join(tmp, 'bad-cameras.csv');
  fs.writeFileSync(
    file,
    [
      'id,name,lat,lon,stream_url,kind',
      'OK-1,Ngã tư Tràng Tiền,21.0245,105.8530,rtsp://10.1.1.1/main,traffic',
      'BAD-2,Cổng trường,21.03,105.85,ftp://10.1.1.2/x,school',
      'BAD-3,,105.85,21.03,rtsp://10.1.1.3/main,tank',
    ].join('\n'),
  );
  const map = await open('map');
  await map.getByTestId('geo-import-layer').selectOption('cameras');
  await map.getByTestId('geo-import-file').setInputFiles(file);
  await map.getByTestId('geo-import-submit').click();
  const result = map.getByTestId('camera-import-result');
  await expect(result).toHaveAttribute('data-state', 'rejected', { timeout: 30_000 });
  const fields = await map.getByTestId('camera-import-error').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-index')}:${e.getAttribute('data-field')}`));
  expect(fields).toEqual(['1:stream_url', '2:name', '2:lat', '2:lon', '2:kind']);
  await expect(result).toContainText('ftp://10.1.1.2/x');
  // Not even the good row was written.
  const found = (await wf.runtime.bridge.call('e2e', 'searchCameras', { text: 'OK-1' })) as { ok: boolean; value: { cameras: unknown[] } };
  expect(found.ok).toBe(true);
  expect(found.value.cameras).toHaveLength(0);
  await map.screenshot({ path: path.join(SHOTS, 'camera-registry-rejected.png') });
});

test('at street zoom the map draws the registry cameras in view that the console does not hold, and one can be picked', async ({ open, wf }) => {
  // 60 cameras within ~250 m of Hoàn Kiếm lake's north end, imported into the registry only.
  const centre = { lat: 21.0288, lon: 105.8525 };
  const rows = ['id,name,lat,lon,stream_url,kind,status'];
  for (let i = 0; i < 60; i++) {
    const a = (i / 60) * 2 * Math.PI;
    const r = 0.0005 + (i % 5) * 0.0004;
    rows.push(`VIEW-${String(i).padStart(3, '0')},Bờ Hồ ${i},${(centre.lat + r * Math.sin(a)).toFixed(6)},${(centre.lon + r * Math.cos(a)).toFixed(6)},rtsp://10.9.0.${i + 1}/main,security,online`);
  }
  const file = path.join(tmp, 'view-cameras.csv');
  fs.writeFileSync(file, rows.join('\n') + '\n');
  const map = await open('map');
  await mapIdle(map);
  await map.getByTestId('geo-import-layer').selectOption('cameras');
  await map.getByTestId('geo-import-file').setInputFiles(file);
  await map.getByTestId('geo-import-submit').click();
  await expect(map.getByTestId('camera-import-result')).toHaveAttribute('data-state', 'imported', { timeout: 60_000 });
  expect([...wf.runtime.internals.state.cameras.keys()].filter((id) => id.startsWith('VIEW-'))).toEqual([]);

  const drawnView = () =>
    map.evaluate(() => {
      const m = (window as any).__watchfloorMap;
      const ids = m.queryRenderedFeatures({ layers: ['cameras-circle'] }).map((f: any) => String(f.properties.id));
      return [...new Set(ids.filter((id: string) => id.startsWith('VIEW-')))].sort();
    });
  // Below street zoom only the working set is drawn (clustered): none of the registry-only cameras.
  await map.evaluate((c) => (window as any).__watchfloorMap.jumpTo({ center: [c.lon, c.lat], zoom: 13 }), centre);
  await mapIdle(map);
  await map.waitForTimeout(800);
  expect(await drawnView()).toEqual([]);
  // At street zoom the registry answers for the box in view: every VIEW camera inside it is drawn.
  await map.evaluate((c) => (window as any).__watchfloorMap.jumpTo({ center: [c.lon, c.lat], zoom: 16.5 }), centre);
  await mapIdle(map);
  const inBounds = await map.evaluate((all) => {
    const b = (window as any).__watchfloorMap.getBounds();
    return all.filter(([, lat, lon]) => b.contains([lon, lat])).map(([id]) => id).sort();
  }, rows.slice(1).map((r) => r.split(',')).map((c) => [c[0], Number(c[2]), Number(c[3])] as [string, number, number]));
  expect(inBounds.length).toBeGreaterThan(30);
  await expect.poll(drawnView, { timeout: 15_000 }).toEqual(inBounds);
  await map.screenshot({ path: path.join(SHOTS, 'camera-registry-in-view.png') });

  // Clicking one selects it: it joins the working set and its card opens.
  const target = inBounds[0];
  const at = await map.evaluate((id) => {
    const m = (window as any).__watchfloorMap;
    const f = m.queryRenderedFeatures({ layers: ['cameras-circle'] }).find((x: any) => x.properties.id === id);
    const p = m.project(f.geometry.coordinates);
    const r = m.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, target);
  await map.mouse.click(at.x, at.y);
  await expect(map.getByTestId('camera-card')).toHaveAttribute('data-id', target, { timeout: 10_000 });
  expect(wf.runtime.internals.state.cameras.has(target)).toBe(true);
  await map.screenshot({ path: path.join(SHOTS, 'camera-registry-in-view-picked.png') });
  // Back out to city zoom: the registry-only cameras leave the map again (the picked one stays, it is held now).
  await map.evaluate((c) => (window as any).__watchfloorMap.jumpTo({ center: [c.lon, c.lat], zoom: 13 }), centre);
  await mapIdle(map);
  await expect.poll(async () => (await drawnView()).filter((id) => id !== target), { timeout: 15_000 }).toEqual([]);
});
