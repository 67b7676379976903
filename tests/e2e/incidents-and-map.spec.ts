import * as path from 'node:path';
import { expect, mapIdle, SHOTS, test } from './console-fixture';
import { PNG } from './png';

test('an operator creates an incident and sees it in the grid and drawn on the map', async ({ open }) => {
  const map = await open('map');
  const incidents = await open('incidents');
  await mapIdle(map);

  await incidents.getByTestId('create-type').selectOption('fire');
  await incidents.getByTestId('create-priority').selectOption('1');
  await incidents.getByTestId('create-location').fill('21.0301, 105.8405');
  await incidents.getByTestId('create-description').fill('Cháy quán karaoke, khói dày đặc');
  await incidents.getByTestId('create-submit').click();

  const result = incidents.getByTestId('create-result');
  await expect(result).toHaveAttribute('data-state', 'applied');
  const id = await result.getAttribute('data-id');
  expect(id).toMatch(/^INC-\d{6}$/);

  const row = incidents.locator(`[row-id="${id}"]`).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText('Cháy');
  await expect(row).toContainText('P1');
  await expect(row).toContainText('Văn Miếu - Quốc Tử Giám');
  await incidents.screenshot({ path: path.join(SHOTS, 'incidents-created.png') });

  // On the map: the incident must be a rendered feature of the incidents layer, at its place.
  await map.evaluate(([lon, lat]) => (window as any).__watchfloorMap.jumpTo({ center: [lon, lat], zoom: 15 }), [105.8405, 21.0301]);
  await mapIdle(map);
  const rendered = await map.waitForFunction(
    (incidentId) => {
      const m = (window as any).__watchfloorMap;
      const hits = m.queryRenderedFeatures({ layers: ['incidents-circle'] }).filter((f: any) => f.properties.id === incidentId);
      if (!hits.length) return null;
      const p = m.project(hits[0].geometry.coordinates);
      return { priority: hits[0].properties.priority, x: p.x, y: p.y, w: m.getCanvas().clientWidth, h: m.getCanvas().clientHeight };
    },
    id,
    { timeout: 20_000 },
  );
  const hit = (await rendered.jsonValue())!;
  expect(Number(hit.priority)).toBe(1);
  expect(Math.abs(hit.x - hit.w / 2)).toBeLessThan(3);
  expect(Math.abs(hit.y - hit.h / 2)).toBeLessThan(3);
  // The pixels under it are the P1 red, not the background.
  const shot = await map.getByTestId('map').screenshot({ path: path.join(SHOTS, 'map-created.png') });
  const px = PNG.pixel(shot, Math.round(hit.x), Math.round(hit.y));
  expect(px.r).toBeGreaterThan(180);
  expect(px.g).toBeLessThan(110);

  // Linked selection: clicking it on the map selects it in the incidents window.
  await map.getByTestId('map').click({ position: { x: hit.x, y: hit.y } });
  await expect(incidents.getByTestId('incident-detail')).toHaveAttribute('data-id', id!);
  await incidents.getByTestId('status-verified').click();
  await expect(row).toContainText('Đã xác minh');
});

test('bad input gets a specific error next to the field, and nothing is created', async ({ open, wf }) => {
  const incidents = await open('incidents');
  const before = wf.runtime.internals.state.incidents.size;
  await incidents.getByTestId('create-submit').click();
  await expect(incidents.getByTestId('create-error')).toHaveAttribute('data-field', 'type');

  await incidents.getByTestId('create-type').selectOption('flooding');
  await incidents.getByTestId('create-location').fill('10.7769, 106.7009');
  await incidents.getByTestId('create-submit').click();
  const err = incidents.getByTestId('create-error');
  await expect(err).toHaveAttribute('data-field', 'location');
  await expect(err).toContainText('10.7769');

  await incidents.getByTestId('create-location').fill('ngã tư sở');
  await incidents.getByTestId('create-submit').click();
  await expect(err).toHaveAttribute('data-field', 'location');
  await incidents.screenshot({ path: path.join(SHOTS, 'incidents-bad-input.png') });
  expect(wf.runtime.internals.state.incidents.size).toBe(before);
});
