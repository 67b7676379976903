import * as path from 'node:path';
import { expect, SHOTS, test } from './console-fixture';

import type { Alert } from '../../common/domain/alert';

const alertOn = (alerts: ReadonlyMap<string, Alert>, title: string) => [...alerts.values()].find((a) => a.title === title)?.id;

test('an analyst takes an alert with the keyboard, judges it, closes it and sees MTTR move', async ({ open, wf }) => {
  const page = await open('alerts');
  const title = 'ET EXPLOIT Dahua NVR auth bypass (e2e triage)';
  await wf.ingest([
    {
      time_ms: String(Date.now() - 45_000), host: 'nvr-01', source_ip: '103.77.5.20', destination_ip: '10.30.1.4', action: 'ids_alert', outcome: 'unknown',
      severity: 'critical', product: 'suricata', asset_id: 'CAM-0004', signature: title, mitre_technique: 'T1190',
      raw: '{"event_type":"alert","src_ip":"103.77.5.20","dest_ip":"10.30.1.4","alert":{"signature":"ET EXPLOIT Dahua NVR auth bypass"}}',
    },
  ]);
  await expect.poll(() => alertOn(wf.runtime.internals.state.alerts, title)).toBeTruthy();
  const id = alertOn(wf.runtime.internals.state.alerts, title)!;
  const operator = wf.runtime.internals.bridgeService.snapshot().mapContext.operator!;
  await expect(page.getByTestId('metric-mttr')).toBeVisible();
  const mttrBefore = Number(await page.getByTestId('metric-mttr').getAttribute('data-n'));

  await page.locator(`[row-id="${id}"]`).first().click();
  const detail = page.getByTestId('alert-detail');
  await expect(detail).toHaveAttribute('data-id', id);
  await expect(page.getByTestId('alert-raw')).toContainText('Dahua NVR auth bypass');
  await expect(page.getByTestId('alert-evidence')).toContainText('103.77.5.20');

  await page.keyboard.press('m');
  await expect(detail).toHaveAttribute('data-assignee', operator);
  await expect(detail).toHaveAttribute('data-status', 'in_progress');
  await page.getByTestId('filter-mine').click();
  await expect(page.locator(`[row-id="${id}"]`).first()).toBeVisible();
  await expect(page.getByTestId('count-mine')).not.toHaveText('0');

  await page.keyboard.press('1');
  await expect(detail).toHaveAttribute('data-disposition', 'true_positive');
  await page.screenshot({ path: path.join(SHOTS, 'soc-triage-detail.png') });
  await page.keyboard.press('c');
  await expect(detail).toHaveAttribute('data-status', 'closed');
  await expect.poll(() => wf.runtime.internals.state.alerts.get(id)?.status).toBe('closed');
  await expect(page.getByTestId('metric-mttr')).not.toHaveAttribute('data-n', String(mttrBefore));
  await expect(page.getByTestId('metric-mtta')).not.toContainText('–');
  await page.screenshot({ path: path.join(SHOTS, 'soc-triage-metrics.png') });
});

test('j/k step through alerts; o opens a case with observables, links it to an incident and merges another case in', async ({ open, wf }) => {
  const page = await open('alerts');
  const title = 'ET MALWARE camera botnet C2 beacon (e2e case)';
  await wf.ingest([
    {
      time_ms: String(Date.now() - 20_000), host: 'cam-0011', source_ip: '10.30.1.11', destination_ip: '91.92.109.43', action: 'ids_alert', outcome: 'unknown',
      severity: 'high', product: 'suricata', asset_id: 'CAM-0011', signature: title, mitre_technique: 'T1071',
      raw: '{"event_type":"alert","dns":{"rrname":"update.cam-botnet.example"},"fileinfo":{"md5":"44d88612fea8a8f36de82e1278abb02f"}}',
    },
    {
      time_ms: String(Date.now() - 10_000), host: 'cam-0010', source_ip: '10.30.1.10', action: 'ids_alert', outcome: 'unknown',
      severity: 'low', product: 'suricata', asset_id: 'CAM-0010', signature: 'ET INFO camera NTP to unusual server (e2e case)', mitre_technique: '',
    },
  ]);
  await expect.poll(() => alertOn(wf.runtime.internals.state.alerts, title)).toBeTruthy();
  const id = alertOn(wf.runtime.internals.state.alerts, title)!;
  await page.getByTestId('filter-all').click();
  await page.locator(`[row-id="${id}"]`).first().click();
  await page.keyboard.press('j');
  await expect(page.getByTestId('alert-detail')).not.toHaveAttribute('data-id', id);
  await page.keyboard.press('k');
  await expect(page.getByTestId('alert-detail')).toHaveAttribute('data-id', id);

  await page.keyboard.press('o');
  const kase = page.getByTestId('case-detail');
  await expect(kase).toBeVisible();
  const obs = page.getByTestId('case-observables');
  await expect(obs).toContainText('91.92.109.43');
  await expect(obs).toContainText('update.cam-botnet.example');
  await expect(obs).toContainText('44d88612fea8a8f36de82e1278abb02f');
  await expect(obs).toContainText('CAM-0011');
  await page.getByTestId('case-incident-input').fill('INC-000001');
  await page.getByTestId('case-link-incident').click();
  await expect(page.getByTestId('case-detail')).toHaveAttribute('data-incident', 'INC-000001');
  await expect(page.getByTestId('case-timeline')).toContainText('INC-000001');
  await page.screenshot({ path: path.join(SHOTS, 'soc-case.png') });

  const firstCase = (await kase.getAttribute('data-id'))!;
  const otherId = alertOn(wf.runtime.internals.state.alerts, 'ET INFO camera NTP to unusual server (e2e case)')!;
  await page.getByTestId('tab-alerts').click();
  await page.locator(`[row-id="${otherId}"]`).first().click();
  await page.keyboard.press('o');
  await expect(kase).not.toHaveAttribute('data-id', firstCase);
  await page.getByTestId('case-merge-pick').selectOption(firstCase);
  await page.getByTestId('case-merge').click();
  await expect(page.getByTestId('case-observables')).toContainText('update.cam-botnet.example');
  await expect(page.getByTestId('case-detail')).toHaveAttribute('data-incident', 'INC-000001');
  await expect(page.getByTestId(`case-${firstCase}`)).toContainText('Đã đóng');
});

test('a suppression previews what it would hide, then hides new matching detections', async ({ open, wf }) => {
  const page = await open('alerts');
  const title = 'ET SCAN Mirai telnet sweep (e2e suppression)';
  const ev = (asset: string) => ({
    time_ms: String(Date.now() - 5_000), host: asset.toLowerCase(), source_ip: '198.51.100.77', action: 'ids_alert', outcome: 'unknown',
    severity: 'medium', product: 'suricata', asset_id: asset, signature: title, mitre_technique: 'T1110',
  });
  await wf.ingest([ev('CAM-0012'), ev('CAM-0013')]);
  await expect.poll(() => [...wf.runtime.internals.state.alerts.values()].filter((a) => a.title === title).length).toBe(2);
  await page.getByTestId('tab-suppress').click();
  await page.getByTestId('suppress-ip').fill('198.51.100.77');
  await expect(page.getByTestId('suppress-preview')).toContainText(/\b2\b/);
  await page.getByTestId('suppress-reason').fill('Internet scanner, blocked at the edge firewall');
  await page.getByTestId('suppress-create').click();
  await expect(page.getByTestId('suppression-list')).toContainText('198.51.100.77');
  await page.screenshot({ path: path.join(SHOTS, 'soc-suppression.png') });
  await wf.ingest([ev('CAM-0014')]);
  await expect(page.getByTestId('suppression-list')).toContainText(/đã ẩn 1\b/);
  expect([...wf.runtime.internals.state.alerts.values()].some((a) => a.title === title && a.assetId === 'CAM-0014')).toBe(false);
});
