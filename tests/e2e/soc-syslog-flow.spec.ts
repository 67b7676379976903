// One flow through real parts: syslog over UDP and TCP into the running console's embedded SIEM →
// the alert in the alerts window (and in the ATT&CK matrix) → keyboard triage → a case → linked to an
// IOC incident; the critical alert pops a real desktop notification (notify-send over a private D-Bus,
// recorded by a service that owns org.freedesktop.Notifications).
import { test, expect } from '@playwright/test';
import * as dgram from 'node:dgram';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLogger } from '../../common/log';
import { startConsole } from '../../main/console/start-console';
import { startWebHost } from '../../main/host/web-host';
import { HAS_DBUS_TOOLS, startNotificationRecorder, type NotificationRecorder } from '../support/dbus-recorder';

const SHOTS = path.resolve(__dirname, '../../test-results/screens');
const OPERATOR = 'soc.lan';

const p2 = (n: number) => String(n).padStart(2, '0');
function bsdStamp(ms = Date.now()): string {
  const d = new Date(ms + 7 * 3_600_000); // the city's devices stamp Hanoi time
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

async function sendUdp(port: number, lines: string[]): Promise<void> {
  const sock = dgram.createSocket('udp4');
  for (const l of lines) await new Promise<void>((res, rej) => sock.send(Buffer.from(l), port, '127.0.0.1', (e) => (e ? rej(e) : res())));
  sock.close();
}

async function sendTcp(port: number, frames: string[]): Promise<void> {
  const s = net.connect({ host: '127.0.0.1', port });
  await new Promise<void>((res, rej) => (s.once('connect', res), s.once('error', rej)));
  // RFC 6587 octet counting: "LEN SP MSG".
  await new Promise<void>((res) => s.end(frames.map((f) => `${Buffer.byteLength(f)} ${f}`).join(''), res));
}

test.describe.configure({ mode: 'serial' });

test.describe('SOC flow over syslog', () => {
  test.skip(!HAS_DBUS_TOOLS, 'needs notify-send, dbus-daemon and python3-dbus (.ci/run installs libnotify-bin and dbus)');
  let recorder: NotificationRecorder;
  let runtime: Awaited<ReturnType<typeof startConsole>>;
  let host: Awaited<ReturnType<typeof startWebHost>>;
  const savedBus = process.env.DBUS_SESSION_BUS_ADDRESS;

  test.beforeAll(async () => {
    recorder = await startNotificationRecorder();
    process.env.DBUS_SESSION_BUS_ADDRESS = recorder.address; // notify-send inherits it from this process
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-e2e-soc-'));
    runtime = await startConsole({ dataDir, simulate: false, operator: OPERATOR, desktopNotifications: { locale: 'en' } });
    host = await startWebHost({ bridge: runtime.bridge, rendererDir: path.resolve(__dirname, '../../dist/renderer'), logger: createLogger('e2e', () => undefined) });
  });

  test.afterAll(async () => {
    await host?.close();
    await runtime?.stop();
    await recorder?.stop();
    process.env.DBUS_SESSION_BUS_ADDRESS = savedBus;
  });

  test('syslog UDP+TCP → alert in the window and matrix → keyboard triage → case → incident link; the critical one pops a notification', async ({ page }) => {
    const ports = runtime.internals.embedded!.syslogPorts!;
    expect(ports.udp).toBeGreaterThan(0);
    expect(ports.tcp).toBeGreaterThan(0);
    const state = runtime.internals.state;
    await page.goto(`${host.url}?role=alerts`);
    await expect(page.getByTestId('core-link')).toHaveAttribute('data-state', 'open');

    // The operator's notification rules: a bad value is refused naming the field; then only critical alerts, 30 a minute.
    await page.getByTestId('tab-notify').click();
    await expect(page.getByTestId('notify-form')).toContainText(OPERATOR);
    await page.getByTestId('notify-rate').fill('0');
    await page.getByTestId('notify-save').click();
    await expect(page.getByTestId('notify-error')).toContainText('maxPerMinute');
    await page.getByTestId('notify-rate').fill('30');
    await page.getByTestId('notify-severity').selectOption('critical');
    await page.getByTestId('notify-save').click();
    await expect(page.getByTestId('notify-saved')).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, 'soc-notify-settings.png') });
    await page.getByTestId('tab-alerts').click();

    // UDP: RFC 3164 sshd failures against camera CAM-0003 (10.30.1.3) → the camera brute-force rule (high).
    await sendUdp(ports.udp!, Array.from({ length: 6 }, (_, i) => `<38>${bsdStamp()} cam-0003 sshd[2211]: Failed password for admin from 185.220.101.4 port ${50122 + i} ssh2`));
    // TCP, octet-counted: an RFC 5424 line carrying a Suricata EVE critical alert against camera CAM-0004.
    const signature = 'ET EXPLOIT Hikvision camera command injection (e2e syslog flow)';
    const eve = JSON.stringify({
      timestamp: new Date().toISOString(), event_type: 'alert', src_ip: '103.77.5.20', src_port: 41234, dest_ip: '10.30.1.4', dest_port: 80, proto: 'TCP', host: 'ids-dc1',
      alert: { action: 'allowed', gid: 1, signature_id: 2031377, rev: 1, signature, category: 'Attempted Administrator Privilege Gain', severity: 1, metadata: { signature_severity: ['Critical'], mitre_technique_id: ['T1190'] } },
    });
    await sendTcp(ports.tcp!, [`<134>1 ${new Date().toISOString()} ids-dc1 suricata 812 eve - ${eve}`]);

    const find = (pred: (t: string) => boolean) => [...state.alerts.values()].find((a) => pred(a.title));
    await expect.poll(() => find((t) => t === signature)?.id, { timeout: 20_000 }).toBeTruthy();
    await expect.poll(() => find((t) => t.startsWith('Brute force on camera/NVR admin login from 185.220.101.4'))?.id, { timeout: 20_000 }).toBeTruthy();
    const critical = find((t) => t === signature)!;
    const brute = find((t) => t.startsWith('Brute force on camera/NVR'))!;
    expect(critical.severity).toBe('critical');
    expect(critical.assetId).toBe('CAM-0004');
    await expect(page.locator(`[row-id="${critical.id}"]`).first()).toBeVisible();

    // The desktop notification: node-notifier → notify-send → D-Bus → recorder; only the critical one.
    const call = await recorder.waitFor((c) => c.summary.includes(signature));
    expect(call).toMatchObject({ app: 'Watchfloor', summary: `Critical alert: ${signature}`, urgency: 2, expire: 30_000 });
    expect(call.body).toContain('CAM-0004');
    expect(recorder.calls.some((c) => c.summary.includes('Brute force'))).toBe(false);

    // ATT&CK matrix: the brute force lands in T1110 (Enterprise) and T0812 (ICS); a click narrows the grid.
    await page.getByTestId('filter-tactic').click();
    const t1110 = page.getByTestId('attack-cell-T1110');
    await expect(t1110).toHaveAttribute('data-alerts', '1');
    await expect(page.getByTestId('attack-cell-T1190')).toHaveAttribute('data-alerts', '1');
    await page.screenshot({ path: path.join(SHOTS, 'soc-attack-matrix.png') });
    await t1110.click();
    await expect(page.locator(`[row-id="${brute.id}"]`).first()).toBeVisible();
    await expect(page.locator(`[row-id="${critical.id}"]`)).toHaveCount(0);
    await page.getByTestId('attack-domain-ics').click();
    await expect(page.getByTestId('attack-cell-T0812')).toHaveAttribute('data-alerts', '1');
    await page.getByTestId('attack-filter-chip').click();
    await page.getByTestId('filter-tactic').click();

    // Keyboard triage of the critical alert: acknowledge, assign to me, true positive, open a case.
    await page.locator(`[row-id="${critical.id}"]`).first().click();
    const detail = page.getByTestId('alert-detail');
    await expect(detail).toHaveAttribute('data-id', critical.id);
    await expect(page.getByTestId('alert-raw')).toContainText('command injection');
    await page.keyboard.press('a');
    await expect.poll(() => state.alerts.get(critical.id)?.status).toBe('acknowledged');
    await expect(detail).toHaveAttribute('data-status', 'acknowledged'); // the analyst sees it before the next key
    await page.keyboard.press('m');
    await expect(detail).toHaveAttribute('data-assignee', OPERATOR);
    await page.keyboard.press('1');
    await expect(detail).toHaveAttribute('data-disposition', 'true_positive');
    await page.keyboard.press('o');
    const kase = page.getByTestId('case-detail');
    await expect(kase).toBeVisible();
    await expect(page.getByTestId('case-observables')).toContainText('103.77.5.20');
    await expect(page.getByTestId('case-observables')).toContainText('CAM-0004');

    // Link the case to an IOC incident that exists in the dispatch engine (public order at the camera).
    const created = await runtime.bridge.call('e2e', 'createIncident', {
      type: 'public_order', priority: 2, location: { lat: 21.0245, lon: 105.841 }, description: 'Camera CAM-0004 tampered with (e2e syslog flow)', source: 'operator',
    });
    expect(created.ok).toBe(true);
    const incidentId = (created as { ok: true; value: { state: 'applied'; record: { id: string } } }).value.record.id;
    await page.getByTestId('case-incident-input').fill(incidentId);
    await page.getByTestId('case-link-incident').click();
    await expect(kase).toHaveAttribute('data-incident', incidentId);
    await expect(page.getByTestId('case-timeline')).toContainText(incidentId);
    await page.screenshot({ path: path.join(SHOTS, 'soc-syslog-case.png') });
  });
});

