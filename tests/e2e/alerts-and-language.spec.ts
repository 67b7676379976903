import * as path from 'node:path';
import { expect, SHOTS, test } from './console-fixture';

test('a SOC analyst sees a live alert and acknowledges it', async ({ open, wf }) => {
  const alerts = await open('alerts');
  await wf.ingest([
    { time_ms: String(Date.now() - 500), host: 'CAM-0002', source_ip: '10.20.7.7', action: 'ids_alert', outcome: 'unknown', severity: 'critical', product: 'suricata', asset_id: 'CAM-0002', signature: 'ET EXPLOIT Hikvision camera command injection attempt', mitre_technique: 'T1190' },
  ]);
  const alert = [...wf.runtime.internals.state.alerts.values()].find((a) => a.title.includes('Hikvision'));
  const id = alert?.id ?? (await expect.poll(() => [...wf.runtime.internals.state.alerts.values()].find((a) => a.title.includes('Hikvision'))?.id).toBeTruthy(), [...wf.runtime.internals.state.alerts.values()].find((a) => a.title.includes('Hikvision'))!.id);
  const row = alerts.locator(`[row-id="${id}"]`).first();
  await expect(row).toContainText('Hikvision');
  await expect(row).toContainText('Nghiêm trọng');
  await alerts.getByTestId(`ack-${id}`).click();
  await expect(alerts.getByTestId(`ack-${id}`)).toBeDisabled();
  await expect(row).toContainText('Đã xác nhận');
  await alerts.screenshot({ path: path.join(SHOTS, 'alerts-acknowledged.png') });
  await expect.poll(() => wf.runtime.internals.state.alerts.get(id)?.status).toBe('acknowledged');
});

test('the UI is Vietnamese by default and switches to English', async ({ open }) => {
  const command = await open('command');
  await expect(command.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(command.getByTestId('window-title')).toHaveText('Chỉ huy');
  await expect(command.getByTestId('engine-dispatch')).toHaveAttribute('data-state', 'ready');
  await command.getByTestId('lang-switch').selectOption('en');
  await expect(command.locator('html')).toHaveAttribute('lang', 'en');
  await expect(command.getByTestId('window-title')).toHaveText('Command');
  await command.screenshot({ path: path.join(SHOTS, 'command-en.png') });
  await command.getByTestId('lang-switch').selectOption('vi');
  await expect(command.getByTestId('window-title')).toHaveText('Chỉ huy');
});

test('the keyboard drives the window: Ctrl+K lists actions, a acknowledges the selected alert', async ({ open, wf }) => {
  const alerts = await open('alerts');
  await wf.ingest([
    { time_ms: String(Date.now() - 300), host: 'PLC-PUMP-YENSO', source_ip: '10.30.1.9', action: 'ids_alert', outcome: 'unknown', severity: 'high', product: 'suricata', asset_id: 'PLC-PUMP-YENSO', signature: 'ET POLICY Modbus write from non-engineering host', mitre_technique: 'T0855' },
  ]);
  await expect.poll(() => [...wf.runtime.internals.state.alerts.values()].find((a) => a.assetId === 'PLC-PUMP-YENSO' && a.status === 'new')?.id).toBeTruthy();
  const id = [...wf.runtime.internals.state.alerts.values()].find((a) => a.assetId === 'PLC-PUMP-YENSO' && a.status === 'new')!.id;
  await alerts.locator(`[row-id="${id}"]`).first().click();
  await alerts.keyboard.press('a');
  await expect.poll(() => wf.runtime.internals.state.alerts.get(id)?.status).toBe('acknowledged');

  await alerts.keyboard.press('Control+k');
  await expect(alerts.getByTestId('command-palette')).toBeVisible();
  await alerts.getByTestId('palette-input').fill('english');
  await expect(alerts.getByTestId('palette-item-app.languageEn')).toBeVisible();
  await alerts.screenshot({ path: path.join(SHOTS, 'command-palette.png') });
  await alerts.keyboard.press('Enter');
  await expect(alerts.getByTestId('command-palette')).toBeHidden();
  await expect(alerts.getByTestId('window-title')).toHaveText('Alerts');
  await alerts.keyboard.press('Control+k');
  await alerts.getByTestId('palette-input').fill('việt');
  await alerts.keyboard.press('Enter');
  await expect(alerts.getByTestId('window-title')).toHaveText('Cảnh báo');
});
