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
