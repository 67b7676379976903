import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { callUnary, dispatchClient } from '../../proto/clients';
import { expect, mapIdle, SHOTS, test } from './console-fixture';
import { PNG } from './png';

// Routes by road: this file's console loads the central-Hanoi OSM road graph from ../shared.
test.use({ roads: true });

test('an operator ticks an SOP step and every console window sees who ticked it and when', async ({ open }) => {
  const incidents = await open('incidents');
  await incidents.getByTestId('create-type').selectOption('flooding');
  await incidents.getByTestId('create-priority').selectOption('2');
  await incidents.getByTestId('create-location').fill('21.0245, 105.8412');
  await incidents.getByTestId('create-description').fill('Ngập sâu 40 cm phố Nguyễn Khuyến');
  await incidents.getByTestId('create-submit').click();
  const result = incidents.getByTestId('create-result');
  await expect(result).toHaveAttribute('data-state', 'applied');
  const id = (await result.getAttribute('data-id'))!;

  await incidents.locator(`[row-id="${id}"]`).first().click();
  const detail = incidents.getByTestId('incident-detail');
  await expect(detail).toHaveAttribute('data-id', id);
  const step = detail.getByTestId('sop-step-confirm_depth');
  await expect(step).toHaveAttribute('data-done', 'false');
  await expect(detail.getByTestId('sop-checklist')).toContainText('Xác nhận độ sâu và phạm vi ngập');

  await step.getByRole('checkbox').click();
  await expect(step).toHaveAttribute('data-done', 'true');
  await expect(detail.getByTestId('sop-done-confirm_depth')).toHaveText(/^.+ đã thực hiện lúc \d{1,2}:\d{2}:\d{2}$/);
  await expect(step.getByRole('checkbox')).toBeDisabled();

  await detail.getByTestId('note-text').fill('Đã báo UBND phường Văn Miếu');
  await detail.getByTestId('note-add').click();
  const timeline = detail.getByTestId('timeline');
  await expect(timeline.locator('li[data-change="sop_step"]')).toContainText('Xác nhận độ sâu và phạm vi ngập');
  await expect(timeline.locator('li[data-change="note"]')).toContainText('Đã báo UBND phường Văn Miếu');
  await incidents.screenshot({ path: path.join(SHOTS, 'incident-sop-ticked.png') });

  // A second window (another operator's console on the same core) sees the tick with who and when.
  const other = await open('incidents');
  await other.locator(`[row-id="${id}"]`).first().click();
  const otherDetail = other.getByTestId('incident-detail');
  await expect(otherDetail).toHaveAttribute('data-id', id);
  await expect(otherDetail.getByTestId('sop-step-confirm_depth')).toHaveAttribute('data-done', 'true');
  await expect(otherDetail.getByTestId('sop-done-confirm_depth')).toHaveText(await detail.getByTestId('sop-done-confirm_depth').innerText());
});

test('the grid counts down each SLA and filters by quick view', async ({ open }) => {
  const incidents = await open('incidents');
  const create = async (type: string, priority: string, where: string) => {
    await incidents.getByTestId('create-type').selectOption(type);
    await incidents.getByTestId('create-priority').selectOption(priority);
    await incidents.getByTestId('create-location').fill(where);
    await incidents.getByTestId('create-submit').click();
    const result = incidents.getByTestId('create-result');
    await expect(result).toHaveAttribute('data-state', 'applied');
    return (await result.getAttribute('data-id'))!;
  };
  const urgent = await create('fire', '1', '21.0301, 105.8405');
  await expect(incidents.getByTestId('create-result')).toHaveAttribute('data-id', urgent);
  const minor = await create('street_lighting', '4', '21.0288, 105.8525');
  await expect(incidents.getByTestId('create-result')).toHaveAttribute('data-id', minor);

  const slaCell = incidents.locator(`[row-id="${urgent}"] [col-id="sla"]`).first();
  await expect(slaCell).toHaveText(/^điều động còn \d+ phút$/);
  await expect(slaCell).toHaveClass(/sla-ok/);
  await expect(incidents.locator(`[row-id="${minor}"] [col-id="sla"]`).first()).toHaveText(/^điều động còn \d+ giờ \d+ phút$/);

  await incidents.getByTestId('view-p1p2').click();
  await expect(incidents.getByTestId('incidents-grid')).toHaveAttribute('data-view', 'p1p2');
  await expect(incidents.locator(`[row-id="${urgent}"]`).first()).toBeVisible();
  await expect(incidents.locator(`[row-id="${minor}"]`)).toHaveCount(0);
  await incidents.getByTestId('view-sla').click();
  await expect(incidents.locator(`[row-id="${urgent}"]`)).toHaveCount(0);
  await incidents.getByTestId('view-all').click();
  await expect(incidents.locator(`[row-id="${minor}"]`).first()).toBeVisible();
  await expect(incidents.getByTestId('status-counts').locator('[data-status="new"] b')).toHaveText(/^\d+$/);
  await incidents.screenshot({ path: path.join(SHOTS, 'incidents-quick-views.png') });
});

test.describe('hotline call to closed incident, with routes on the road graph', () => {
  test.setTimeout(240_000);

  test('hotline call → SLA → recommended units → dispatch → unit drives its route on the map → SOP actions and gate → resolve → close, seen live by a second console; a stale edit opens the conflict view', async ({ open, wf, browser }) => {
    const dispatch = dispatchClient(wf.runtime.engineAddresses.dispatch!);
    const map = await open('map');
    const wall = await open('wall');
    await wall.getByTestId('wall-layout-1').click();
    await expect(wall.getByTestId('camera-tile-CAM-0001')).toBeVisible();
    const incidents = await open('incidents');

    // A second operator's console (own browser context). Its live updates pass through a relay we
    // can hold, to make its view stale on purpose for the conflict check.
    const other = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const relay = { hold: false, held: [] as (() => void)[] };
    const second = await other.newPage();
    await second.routeWebSocket(/.*/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => server.send(m));
      server.onMessage((m) => {
        const isDelta = typeof m === 'string' && m.includes('"channel":"delta"');
        if (relay.hold && isDelta) relay.held.push(() => ws.send(m));
        else ws.send(m);
      });
    });
    await second.goto(`${wf.url}?role=incidents`);
    await expect(second.getByTestId('core-link')).toHaveAttribute('data-state', 'open');

    // 1. A hotline call: fire by the Hồ Gươm – Đinh Tiên Hoàng camera.
    await incidents.getByTestId('create-type').selectOption('fire');
    await incidents.getByTestId('create-priority').selectOption('1');
    await incidents.getByTestId('create-source').selectOption('hotline');
    await incidents.getByTestId('create-location').fill('21.0300, 105.8528');
    await incidents.getByTestId('create-description').fill('Gọi 114: cháy nhà 3 tầng, khói đen');
    await incidents.getByTestId('create-submit').click();
    const created = incidents.getByTestId('create-result');
    await expect(created).toHaveAttribute('data-state', 'applied');
    const id = (await created.getAttribute('data-id'))!;
    const ward = (await callUnary(dispatch, dispatch.ListIncidents, { include_closed: false })).incidents.find((i) => i.id === id)!.ward;
    expect(ward).not.toBe('');

    // 2. It appears with its SLA timer (hotline P1: dispatch within 3 minutes), in both consoles.
    await expect(incidents.locator(`[row-id="${id}"] [col-id="sla"]`).first()).toHaveText(/^điều động còn [0-3] phút$/);
    await expect(second.locator(`[row-id="${id}"]`).first()).toBeVisible();
    await incidents.locator(`[row-id="${id}"]`).first().click();
    const detail = incidents.getByTestId('incident-detail');
    await expect(detail).toHaveAttribute('data-id', id);
    const otherDetail = second.getByTestId('incident-detail');
    await expect(otherDetail).toHaveAttribute('data-id', id);

    // 3. Recommended units with ETA by road: the nearby engine first.
    const panel = detail.getByTestId('dispatch-panel');
    const fe4 = panel.getByTestId('suggestion-U-PCCC-04');
    await expect(fe4).toHaveAttribute('data-estimate', 'road_graph');
    await expect(fe4).toHaveAttribute('data-proposed', 'true');
    const eta0 = Number(await fe4.getAttribute('data-eta'));
    expect(eta0).toBeGreaterThan(30);
    expect(eta0).toBeLessThan(900);
    await expect(fe4).toContainText(/phút|giây/);

    // The SOP's "send fire engines" step filters the recommendation to fire engines; dispatch them.
    await detail.getByTestId('sop-action-request_fire_engines').click();
    await expect(panel.getByTestId('dispatch-filter')).toHaveAttribute('data-kind', 'fire_engine');
    await expect(panel.locator('li[data-kind="ambulance"]')).toHaveCount(0);
    await expect(panel.locator('li[data-kind="fire_engine"]').first()).toBeVisible();
    await panel.getByTestId('dispatch-proposed').click();
    await expect(panel.getByTestId('dispatch-result')).toContainText('PCCC-04');
    await detail.getByTestId('sop-action-request_ambulance').click();
    await expect(panel.getByTestId('dispatch-filter')).toHaveAttribute('data-kind', 'ambulance');
    await expect(panel.locator('li[data-kind="fire_engine"]')).toHaveCount(0);
    await panel.getByTestId('dispatch-proposed').click();
    await expect(panel.getByTestId('dispatch-result')).toContainText(/115-\d\d/);
    await expect(detail).toHaveAttribute('data-status', 'dispatched');
    await expect(otherDetail).toHaveAttribute('data-status', 'dispatched');

    // 4. The map draws the engine's route and an ETA label for the dispatched engine, and a line to the incident.
    await map.evaluate(() => (window as any).__watchfloorMap.jumpTo({ center: [105.853, 21.026], zoom: 15 }));
    await mapIdle(map);
    const routeOnMap = async () =>
      (
        await map.waitForFunction(
          (unitId) => {
            const m = (window as any).__watchfloorMap;
            const route = m.queryRenderedFeatures({ layers: ['unit-routes-line'] }).filter((f: any) => f.properties.unitId === unitId);
            const links = m.queryRenderedFeatures({ layers: ['incident-unit-links'] }).filter((f: any) => f.properties.unitId === unitId);
            if (!route.length || !links.length) return null;
            const coords = route.flatMap((f: any) => (f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat()));
            return { points: coords.length, eta: Number(route[0].properties.etaS), incident: links[0].properties.incidentId };
          },
          'U-PCCC-04',
          { timeout: 20_000 },
        )
      ).jsonValue();
    const drawn = (await routeOnMap())!;
    expect(drawn.points).toBeGreaterThan(5);
    expect(drawn.incident).toBe(id);
    const label = map.getByTestId('eta-label-U-PCCC-04');
    await expect(label).toHaveText(/^PCCC-04 · còn \d+ (phút \d+ )?giây · [\d.]+ km$/);
    await expect(label).toHaveAttribute('data-incident', id);
    const labelEta0 = Number(await label.getAttribute('data-eta'));
    await map.getByTestId('map').screenshot({ path: path.join(SHOTS, 'map-route-dispatched.png') });

    // 5. The unit moves (an AVL report halfway along its route): the map trims the route and the ETA drops.
    const unitNow = async () => (await callUnary(dispatch, dispatch.ListUnits, {})).units.find((u) => u.id === 'U-PCCC-04')!;
    const route = (await unitNow()).route;
    expect(route.length).toBeGreaterThan(5);
    const half = route[Math.floor(route.length / 2)];
    await callUnary(dispatch, dispatch.ReportUnitPosition, { request_id: randomUUID(), unit_id: 'U-PCCC-04', position: half, heading_deg: 0, speed_kmh: 40 });
    await expect.poll(async () => Number(await label.getAttribute('data-eta'))).toBeLessThan(labelEta0 * 0.8);
    await expect(incidents.getByTestId('unit-board-fire').locator('[data-status="en_route"]')).toHaveText('1');
    await mapIdle(map);
    const moved = await map.evaluate((unitId) => {
      const m = (window as any).__watchfloorMap;
      const u = m.queryRenderedFeatures({ layers: ['units-circle'] }).find((f: any) => f.properties.id === unitId);
      return u ? u.geometry.coordinates : null;
    }, 'U-PCCC-04');
    expect(moved).not.toBeNull();
    expect(Math.abs(moved![0] - half.lon)).toBeLessThan(1e-4);
    expect(Math.abs(moved![1] - half.lat)).toBeLessThan(1e-4);
    // What is left of the route is drawn in the fire colour under the unit's path.
    const shot = await map.getByTestId('map').screenshot({ path: path.join(SHOTS, 'map-route-en-route.png') });
    const ahead = route[Math.floor((route.length * 3) / 4)];
    const px = await map.evaluate(([lon, lat]) => (window as any).__watchfloorMap.project([lon, lat]), [ahead.lon, ahead.lat]);
    const near = [-2, -1, 0, 1, 2].flatMap((dx) => [-2, -1, 0, 1, 2].map((dy) => PNG.pixel(shot, Math.round(px.x) + dx, Math.round(px.y) + dy)));
    expect(near.some((p) => p.r > 200 && p.g > 70 && p.g < 140 && p.b < 100), `fire-orange route pixels near ${JSON.stringify(px)}`).toBe(true);

    // 6. SOP actions: nearest cameras to the video wall, the ward notified (who, when) in the timeline.
    await detail.getByTestId('sop-action-open_cameras').click();
    await expect(detail.getByTestId('sop-result')).toContainText('Hồ Gươm – Đinh Tiên Hoàng');
    await expect(wall.getByTestId('wall-request')).toHaveAttribute('data-incident', id);
    await expect(wall.getByTestId('camera-tile-CAM-0002')).toBeVisible();
    await expect(wall.getByTestId('camera-tile-CAM-0001')).toHaveCount(0);
    await wall.screenshot({ path: path.join(SHOTS, 'wall-incident-cameras.png') });
    await detail.getByTestId('sop-action-notify_ward').click();
    await expect(detail.getByTestId('ward-notifications')).toContainText(ward);
    await expect(detail.getByTestId('sop-step-notify_ward')).toHaveAttribute('data-done', 'true');
    await expect(detail.getByTestId('timeline').locator('li[data-change="ward_notified"]')).toContainText(ward);
    for (const step of ['confirm_location', 'request_fire_engines', 'request_ambulance']) {
      await detail.getByTestId(`sop-step-${step}`).getByRole('checkbox').click();
      await expect(detail.getByTestId(`sop-step-${step}`)).toHaveAttribute('data-done', 'true');
    }
    await expect(otherDetail.getByTestId('sop-step-request_ambulance')).toHaveAttribute('data-done', 'true');

    // 7. A stale edit: the second console has not heard of the change yet and makes its own.
    await detail.getByTestId('status-en_route').click();
    await expect(otherDetail).toHaveAttribute('data-status', 'en_route');
    relay.hold = true;
    await detail.getByTestId('status-on_scene').click();
    await expect(detail).toHaveAttribute('data-status', 'on_scene');
    await expect(otherDetail).toHaveAttribute('data-status', 'en_route');
    await otherDetail.getByTestId('status-resolved').click();
    const conflict = otherDetail.getByTestId('conflict-view');
    await expect(conflict).toBeVisible();
    await expect(conflict.getByTestId('conflict-mine')).toContainText('Đã xử lý');
    await expect(conflict.getByTestId('conflict-theirs')).toContainText('Có mặt tại hiện trường');
    await second.screenshot({ path: path.join(SHOTS, 'incident-conflict.png') });
    relay.hold = false;
    for (const send of relay.held.splice(0)) send();
    await expect(otherDetail).toHaveAttribute('data-status', 'on_scene');
    await conflict.getByTestId('conflict-keep-theirs').click();
    await expect(conflict).toHaveCount(0);

    // 8. The unit arrives: on scene, its route gone from the map.
    await callUnary(dispatch, dispatch.ReportUnitPosition, { request_id: randomUUID(), unit_id: 'U-PCCC-04', position: route.at(-1)!, heading_deg: 0, speed_kmh: 0 });
    await expect(label).toHaveCount(0);
    await expect(incidents.getByTestId('unit-board-fire').locator('[data-status="on_scene"]')).toHaveText('1');

    // 9. Resolve is refused while a required step is open, naming it; then resolve and close.
    await expect(detail.getByTestId('sop-gate-resolved')).toContainText('Xác nhận đã dập tắt');
    await detail.getByTestId('status-resolved').click();
    const refusal = detail.getByTestId('status-result');
    await expect(refusal).toHaveAttribute('data-refused', 'confirm_extinguished');
    await expect(refusal).toContainText('Hệ thống từ chối “Đã xử lý”');
    await expect(refusal).toContainText('Xác nhận đã dập tắt, không còn nguy cơ cháy lại');
    await expect(detail).toHaveAttribute('data-status', 'on_scene');
    await incidents.screenshot({ path: path.join(SHOTS, 'incident-sop-gate.png') });
    await detail.getByTestId('sop-step-confirm_extinguished').getByRole('checkbox').click();
    await expect(detail.getByTestId('sop-gate-resolved')).toHaveCount(0);
    await detail.getByTestId('status-resolved').click();
    await expect(detail).toHaveAttribute('data-status', 'resolved');
    await detail.getByTestId('status-closed').click();
    await expect(detail).toHaveAttribute('data-status', 'closed');
    await expect(otherDetail).toHaveAttribute('data-status', 'closed');
    await expect(otherDetail.getByTestId('timeline').locator('li[data-change="status"]').last()).toContainText(/Đóng|closed/i);
    await expect(incidents.getByTestId('unit-board-fire').locator('[data-status="on_scene"]')).toHaveText('0');
    await second.screenshot({ path: path.join(SHOTS, 'incident-closed-second-console.png') });

    dispatch.close();
    await other.close();
  });
});
