import * as path from 'node:path';
import { expect, mapIdle, SHOTS, test } from './console-fixture';

test('location picked by clicking the map fills the create form', async ({ open }) => {
  const map = await open('map');
  const incidents = await open('incidents');
  await mapIdle(map);
  await incidents.getByTestId('pick-on-map').click();
  await expect(map.getByTestId('pick-banner')).toBeVisible();
  const box = (await map.getByTestId('map').boundingBox())!;
  await map.getByTestId('map').click({ position: { x: box.width / 2, y: box.height / 2 } });
  const center = await map.evaluate(() => (window as any).__watchfloorMap.getCenter());
  const value = await incidents.getByTestId('create-location').inputValue();
  const [lat, lon] = value.split(',').map(Number);
  expect(Math.abs(lat - center.lat)).toBeLessThan(0.001);
  expect(Math.abs(lon - center.lng)).toBeLessThan(0.001);
  await expect(map.getByTestId('pick-banner')).toBeHidden();
});

test('stopping the dispatch engine turns its light red, queues the command, and sends it when back', async ({ open, wf }) => {
  const incidents = await open('incidents');
  const command = await open('command');
  await expect(incidents.getByTestId('engine-dispatch')).toHaveAttribute('data-state', 'ready');
  await wf.runtime.bridge.call('e2e', 'createIncident', { type: 'congestion', priority: 3, location: { lat: 21.003, lon: 105.82 }, description: 'Ùn tắc Ngã tư Sở' });
  const rows = incidents.locator('[row-id^="INC-"]');
  await expect(rows.filter({ hasText: 'Ùn tắc' }).first()).toBeVisible();
  const cachedRows = wf.runtime.internals.state.incidents.size;
  await expect(rows).toHaveCount(cachedRows);

  const embedded = wf.runtime.internals.embedded!;
  await embedded.stopEngine('dispatch');
  await expect(incidents.getByTestId('engine-dispatch')).toHaveAttribute('data-state', 'down', { timeout: 5000 });
  await expect(command.getByTestId('engine-dispatch')).toHaveAttribute('data-state', 'down');
  await expect(incidents.getByTestId('stale-dispatch')).toBeVisible();
  await expect(rows).toHaveCount(cachedRows);

  await incidents.getByTestId('create-type').selectOption('fallen_tree');
  await incidents.getByTestId('create-priority').selectOption('2');
  await incidents.getByTestId('create-location').fill('21.0245, 105.8440');
  await incidents.getByTestId('create-description').fill('Cây đổ chắn đường Cửa Nam');
  await incidents.getByTestId('create-submit').click();
  await expect(incidents.getByTestId('create-result')).toHaveAttribute('data-state', 'pending');
  await expect(incidents.getByTestId('pending-count')).toContainText('1');
  await expect(command.getByTestId('pending-count')).toContainText('1');
  await expect(incidents.getByTestId('outbox-entry')).toHaveCount(1);
  await expect(incidents.getByTestId('outbox-entry')).toContainText('Tạo sự cố');
  await incidents.screenshot({ path: path.join(SHOTS, 'incidents-dispatch-down.png') });

  await embedded.startEngine('dispatch');
  await expect(incidents.getByTestId('engine-dispatch')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect(incidents.getByTestId('pending-count')).toContainText('0', { timeout: 15_000 });
  await expect(incidents.getByTestId('outbox-entry')).toHaveCount(0);
  await expect(incidents.locator('.ag-row', { hasText: 'Cửa Nam' }).filter({ hasText: 'Cây đổ' })).toHaveCount(1);
});
