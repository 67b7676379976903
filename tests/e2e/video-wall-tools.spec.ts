// The wall's operator tools over a real console: drag and drop, show on wall, salvos and tours,
// follow selection, detection overlays in sync with the video, alarms, a stream that dies and comes back.
// The inference engine runs here (not embedded) so the test can register its own cameras, as an import would.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { startConsole } from '../../main/console/start-console';
import { startWebHost } from '../../main/host/web-host';
import { createLogger } from '../../common/log';
import { startEngines, type RunningEngines } from '../../services/launcher/start-engines';
import { callUnary, dispatchClient, inferenceClient } from '../../proto/clients';
import { mapIdle, SHOTS } from './console-fixture';

/** A red 80×80 square moving left and right on a 640×360 frame: x = 280 + 280·sin(0.8·t) px, y = 140 px. */
const MOVING = 'lavfi:color=c=0x203040:s=640x360:r=25,split[bg][o];[o]crop=80:80:0:0,lutrgb=r=255:g=32:b=32[obj];[bg][obj]overlay=x=280+280*sin(t*0.8):y=140';
const objectX = (mediaS: number) => 280 + 280 * Math.sin(mediaS * 0.8);
const SMALL = (hue: number) => `lavfi:testsrc2=size=320x180:rate=12,hue=h=${hue}`;
/** The scene the follow test selects; test cameras around it (demo cameras are kilometres away). */
const SCENE = { lat: 21.05, lon: 105.79 };

function camera(id: string, name: string, dLat: number, dLon: number, heading: number, url: string) {
  return {
    id, name, location: { lat: SCENE.lat + dLat, lon: SCENE.lon + dLon }, ward: 'Nghĩa Đô', status: 'online', stream_url: url,
    heading_deg: heading, fov_deg: 60, updated_ms: Date.now(), version: 1, last_detection_ms: 0, last_counts: {},
  };
}

/** A live MPEG-TS stream over HTTP that the test can take down and bring back on the same port. */
class LiveHttpSource {
  private server: http.Server | null = null;
  private sockets = new Set<Socket>();
  private children = new Set<ChildProcess>();
  port = 0;

  async start(): Promise<void> {
    const server = http.createServer((req, res) => {
      const ff = spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-re', '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=12', '-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-g', '12', '-f', 'mpegts', 'pipe:1'], { stdio: ['ignore', 'pipe', 'ignore'] });
      this.children.add(ff);
      res.writeHead(200, { 'content-type': 'video/mp2t' });
      ff.stdout!.pipe(res);
      const end = () => {
        ff.kill('SIGKILL');
        this.children.delete(ff);
      };
      req.on('close', end);
      ff.on('close', () => res.end());
    });
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** The camera's stream dies: the server stops and every open connection is cut. */
  async kill(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    for (const c of this.children) c.kill('SIGKILL');
    this.children.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

type World = { url: string; engines: RunningEngines; dispatch: string; source: LiveHttpSource };

const test = base.extend<{ open: (role: string) => Promise<Page> }, { world: World }>({
  world: [
    async ({}, use) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-e2e-wall-'));
      const logger = createLogger('e2e', () => undefined);
      const source = new LiveHttpSource();
      await source.start();
      const engines = await startEngines({ dataDir: path.join(dataDir, 'inference'), only: ['inference'], demo: true, logger });
      await engines.inference!.seedCameras([
        camera('CAM-TMOVE', 'Đối tượng chuyển động', -0.01, 0, 0, MOVING),
        camera('CAM-TF1', 'Hoàng Quốc Việt – nam', -0.00054, 0, 0, SMALL(20)),
        camera('CAM-TF2', 'Hoàng Quốc Việt – tây', 0, -0.00145, 90, SMALL(90)),
        camera('CAM-TF3', 'Hoàng Quốc Việt – bắc', 0.0027, 0, 180, SMALL(160)),
        camera('CAM-TFX', 'Nhìn hướng khác', 0, 0.0004, 90, SMALL(230)),
        camera('CAM-TFY', 'Quá xa', -0.0072, 0, 0, SMALL(300)),
        camera('CAM-TDIE', 'Luồng HTTP', 0.02, 0, 0, `http://127.0.0.1:${source.port}/live.ts`),
      ] as never);
      const runtime = await startConsole({ dataDir, simulate: false, engineAddresses: { inference: engines.addresses.inference }, video: { retryBaseMs: 500 } });
      const host = await startWebHost({ bridge: runtime.bridge, rendererDir: path.resolve(__dirname, '../../dist/renderer'), logger });
      await use({ url: host.url, engines, dispatch: runtime.engineAddresses.dispatch, source });
      await host.close();
      await runtime.stop();
      await engines.stop();
      await source.kill();
    },
    { scope: 'worker' },
  ],
  open: async ({ context, world }, use) => {
    await use(async (role: string) => {
      const page = await context.newPage();
      await page.goto(`${world.url}?role=${role}`);
      await expect(page.getByTestId('core-link')).toHaveAttribute('data-state', 'open');
      return page;
    });
  },
});

const tileCameras = (wall: Page) => wall.locator('.wall-grid > [data-camera]').evaluateAll((els) => els.map((e) => e.getAttribute('data-camera') || null));

/** A 32×18 grey signature of the frame the tile's video shows now. */
function frameSignature(wall: Page, cameraId: string): Promise<number[]> {
  return wall.$eval(`[data-testid="tile-video-${cameraId}"]`, (v) => {
    const c = document.createElement('canvas');
    c.width = 32;
    c.height = 18;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(v as HTMLVideoElement, 0, 0, 32, 18);
    const px = ctx.getImageData(0, 0, 32, 18).data;
    const out: number[] = [];
    for (let i = 0; i < px.length; i += 4) out.push((px[i] + px[i + 1] + px[i + 2]) / 3);
    return out;
  });
}

async function dropCamera(wall: Page, cameraId: string, tile: number): Promise<void> {
  await wall.getByTestId('wall-camera-search').fill(cameraId);
  await wall.getByTestId(`wall-camera-row-${cameraId}`).dragTo(wall.locator(`.wall-grid > [data-tile="${tile}"], .wall-grid > [data-testid="wall-tile-${tile}"]`).first());
}

test.beforeAll(() => fs.mkdirSync(SHOTS, { recursive: true }));

test('a 2×2 wall plays moving video; a camera dragged from the search replaces a tile; the map shows one on the wall', async ({ open }) => {
  const wall = await open('wall');
  await wall.getByTestId('wall-layout-2x2').click();
  await expect.poll(() => tileCameras(wall)).toEqual(['CAM-0001', 'CAM-0002', 'CAM-0003', 'CAM-0004']);
  for (const id of ['CAM-0001', 'CAM-0002', 'CAM-0003', 'CAM-0004']) {
    await expect(wall.getByTestId(`tile-health-${id}`)).toHaveAttribute('data-phase', 'live', { timeout: 45_000 });
  }
  // Moving video: the picture changes between two moments, in every tile.
  const before = await Promise.all(['CAM-0001', 'CAM-0004'].map((id) => frameSignature(wall, id)));
  await wall.screenshot({ path: path.join(SHOTS, 'wall-2x2-a.png') });
  await wall.waitForTimeout(1000);
  const after = await Promise.all(['CAM-0001', 'CAM-0004'].map((id) => frameSignature(wall, id)));
  await wall.screenshot({ path: path.join(SHOTS, 'wall-2x2-b.png') });
  for (let i = 0; i < before.length; i++) {
    const changed = before[i].filter((v, k) => Math.abs(v - after[i][k]) > 12).length;
    expect(changed, `pixels that changed in tile ${i}`).toBeGreaterThan(10);
  }

  // Search without diacritics, then drag the row onto the second tile.
  await wall.getByTestId('wall-camera-search').fill('hoang quoc viet bac');
  await expect(wall.getByTestId('wall-camera-results').locator('li[draggable]')).toHaveCount(1);
  await wall.getByTestId('wall-camera-row-CAM-TF3').dragTo(wall.locator('.wall-grid > [data-tile="1"]'));
  await expect.poll(() => tileCameras(wall)).toEqual(['CAM-0001', 'CAM-TF3', 'CAM-0003', 'CAM-0004']);
  await expect(wall.getByTestId('tile-health-CAM-TF3')).toHaveAttribute('data-phase', 'live', { timeout: 45_000 });
  await wall.screenshot({ path: path.join(SHOTS, 'wall-dropped.png') });

  // From the map window: the camera card's "show on wall" puts the camera into the wall.
  const map = await open('map');
  await mapIdle(map);
  await map.getByTestId('map-search').fill('CAM-TF2');
  await expect(map.getByTestId('map-search-result').first()).toHaveAttribute('data-id', 'CAM-TF2');
  await map.keyboard.press('Enter');
  await expect(map.getByTestId('camera-card')).toHaveAttribute('data-id', 'CAM-TF2', { timeout: 20_000 });
  await expect(map.getByTestId('camera-card')).toHaveAttribute('draggable', 'true');
  await map.getByTestId('camera-show-on-wall').click();
  await expect.poll(() => tileCameras(wall)).toEqual(['CAM-TF2', 'CAM-TF3', 'CAM-0003', 'CAM-0004']);
  await map.close();
});

test('salvos are saved, recalled and toured; the tour shows its step and countdown, pauses and resumes', async ({ open }) => {
  const wall = await open('wall');
  await wall.getByTestId('wall-layout-2x2').click();
  await dropCamera(wall, 'CAM-TF1', 0);
  await expect.poll(async () => (await tileCameras(wall))[0]).toBe('CAM-TF1');
  await wall.getByTestId('salvo-name').fill('Cổng trường');
  await wall.getByTestId('salvo-save').click();
  await expect(wall.getByTestId('salvo-Cổng trường')).toBeVisible();
  const first = await tileCameras(wall);

  await wall.getByTestId('wall-layout-1').click();
  await dropCamera(wall, 'CAM-TF2', 0);
  await expect.poll(() => tileCameras(wall)).toEqual(['CAM-TF2']);
  await wall.getByTestId('salvo-name').fill('Ngã tư');
  await wall.getByTestId('salvo-save').click();
  await expect(wall.getByTestId('salvo-Ngã tư')).toBeVisible();
  // Same name again: the operator is asked before it is replaced.
  await wall.getByTestId('salvo-name').fill('Ngã tư');
  await wall.getByTestId('salvo-save').click();
  await expect(wall.getByTestId('salvo-conflict')).toBeVisible();
  await wall.getByTestId('salvo-overwrite').click();
  await expect(wall.getByTestId('salvo-conflict')).toBeHidden();

  await wall.getByTestId('salvo-recall-Cổng trường').click();
  await expect(wall.getByTestId('wall-grid')).toHaveAttribute('data-layout', '2x2');
  await expect.poll(() => tileCameras(wall)).toEqual(first);

  await wall.getByTestId('salvo-tour-Cổng trường').check();
  await wall.getByTestId('salvo-tour-Ngã tư').check();
  await wall.getByTestId('tour-dwell').fill('3');
  await wall.getByTestId('tour-start').click();
  await expect(wall.getByTestId('salvo-error')).toContainText('từ 5 đến 600');
  await wall.getByTestId('tour-dwell').fill('5');
  await wall.getByTestId('tour-start').click();
  const status = wall.getByTestId('tour-status');
  await expect(status).toHaveAttribute('data-salvo', 'Cổng trường');
  await expect(status).toContainText('Bước 1/2');
  await wall.screenshot({ path: path.join(SHOTS, 'wall-tour-step1.png') });
  await expect(status).toHaveAttribute('data-salvo', 'Ngã tư', { timeout: 8000 });
  await expect(wall.getByTestId('wall-grid')).toHaveAttribute('data-layout', '1');
  await expect.poll(() => tileCameras(wall)).toEqual(['CAM-TF2']);
  await wall.screenshot({ path: path.join(SHOTS, 'wall-tour-step2.png') });
  await wall.getByTestId('tour-pause').click();
  const frozen = await status.textContent();
  await wall.waitForTimeout(2500);
  await expect(status).toHaveText(frozen!);
  await wall.getByTestId('tour-resume').click();
  await expect(status).toHaveAttribute('data-salvo', 'Cổng trường', { timeout: 8000 });
  await wall.getByTestId('tour-stop').click();
  await expect(status).toBeHidden();

  // Salvos live in main, per operator: a new window sees them.
  const other = await open('wall');
  await expect(other.getByTestId('salvo-Ngã tư')).toBeVisible();
  await other.getByTestId('salvo-delete-Ngã tư').click();
  await expect(wall.getByTestId('salvo-Ngã tư')).toBeHidden();
  await other.close();
});

test('follow selection fills the wall with the nearest cameras that see the selected incident', async ({ open, world }) => {
  const wall = await open('wall');
  await wall.getByTestId('wall-layout-2x2').click();
  await wall.getByTestId('wall-follow').check();
  const dispatch = dispatchClient(world.dispatch);
  try {
    const res = await callUnary(dispatch, dispatch.CreateIncident, { request_id: randomUUID(), type: 'traffic_accident', priority: 2, location: SCENE, description: 'Va chạm liên hoàn', source: 'hotline', actor: 'e2e' } as never);
    const id = (res as { incident: { id: string } }).incident.id;
    const incidents = await open('incidents');
    await incidents.locator(`[row-id="${id}"]`).first().click();
    const note = wall.getByTestId('wall-follow-note');
    await expect(note).toHaveAttribute('data-incident', id);
    // Nearest first; the camera looking away and the one 800 m off are left out.
    await expect(note).toHaveAttribute('data-cameras', 'CAM-TF1,CAM-TF2,CAM-TF3');
    await expect.poll(() => tileCameras(wall)).toEqual(['CAM-TF1', 'CAM-TF2', 'CAM-TF3', null]);
    await expect(wall.getByTestId('tile-health-CAM-TF1')).toHaveAttribute('data-phase', 'live', { timeout: 45_000 });
    for (const cam of ['CAM-TF1', 'CAM-TF2', 'CAM-TF3']) {
      await expect.poll(() => wall.$eval(`[data-testid="tile-video-${cam}"]`, (v) => (v as HTMLVideoElement).currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5);
    }
    await wall.screenshot({ path: path.join(SHOTS, 'wall-follow.png') });
    await incidents.close();
  } finally {
    dispatch.close();
  }
});

test('detection boxes are drawn over the moving object in sync with the video; an alarm flashes the tile', async ({ open, world }) => {
  // Real analytics (branch analytics) report through the same ReportDetections; here the test plays
  // that part, stamping each box with the frame time the object is at that position.
  const wall = await open('wall');
  await wall.getByTestId('wall-layout-2x2').click();
  await dropCamera(wall, 'CAM-TMOVE', 0);
  const overlay = wall.getByTestId('tile-overlay-CAM-TMOVE');
  await expect(overlay).toHaveAttribute('data-frame-ms', /\d+/, { timeout: 45_000 });
  const inf = inferenceClient(world.engines.addresses.inference!);
  let reporting = true;
  let reported = 0;
  const reporter = (async () => {
    let nextFrame = 0;
    while (reporting) {
      const clock = await wall.$eval('[data-testid="tile-video-CAM-TMOVE"]', (v) => {
        const c = v.parentElement!.querySelector('canvas')!;
        return { offsetMs: Number(c.dataset.clockOffsetMs), mediaS: (v as HTMLVideoElement).currentTime };
      });
      const offsetMs = clock.offsetMs;
      // Frames from now to 2 s ahead, every 80 ms (about the sub-stream's 12 fps).
      let media = Math.max(nextFrame, clock.mediaS);
      for (; media < clock.mediaS + 2; media += 0.08) {
        const x = objectX(media) / 640;
        await callUnary(inf, inf.ReportDetections, {
          request_id: randomUUID(),
          batch: { camera_id: 'CAM-TMOVE', frame_ms: Math.round(offsetMs + media * 1000), detections: [{ cls: 'car', confidence: 0.93, track_id: 17, box: { x, y: 140 / 360, w: 80 / 640, h: 80 / 360 } }] },
        } as never);
        reported++;
      }
      nextFrame = media;
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  try {
    await expect(overlay).toHaveAttribute('data-boxes', '1', { timeout: 20_000 });
    // The box sits on the red square in the frame on screen, at three moments while it moves.
    const xs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const hit = await wall.$eval('[data-testid="tile-video-CAM-TMOVE"]', (v) => {
        const video = v as HTMLVideoElement;
        const box = video.parentElement!.querySelector('canvas')!.dataset.box0!.split(',').map(Number);
        const c = document.createElement('canvas');
        c.width = video.videoWidth;
        c.height = video.videoHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(video, 0, 0);
        const [x, y, w, h] = [box[0] * c.width, box[1] * c.height, box[2] * c.width, box[3] * c.height].map(Math.round);
        const px = ctx.getImageData(x, y, Math.max(1, w), Math.max(1, h)).data;
        let red = 0;
        for (let k = 0; k < px.length; k += 4) if (px[k] > 170 && px[k + 1] < 100 && px[k + 2] < 100) red++;
        return { x: box[0], redShare: red / (px.length / 4) };
      });
      expect(hit.redShare, `share of the box covering the red object at x=${hit.x}`).toBeGreaterThan(0.5);
      xs.push(hit.x);
      if (i === 1) await wall.getByTestId('camera-tile-CAM-TMOVE').screenshot({ path: path.join(SHOTS, 'wall-overlay.png') });
      await wall.waitForTimeout(700);
    }
    expect(Math.max(...xs) - Math.min(...xs), 'the box follows the object').toBeGreaterThan(0.02);
    expect(reported).toBeGreaterThan(20);

    // An alarm-kind detection (fire) makes the tile flash.
    await callUnary(inf, inf.ReportDetections, { request_id: randomUUID(), batch: { camera_id: 'CAM-TMOVE', frame_ms: Date.now(), detections: [{ cls: 'fire', confidence: 0.9, box: { x: 0.1, y: 0.1, w: 0.2, h: 0.2 } }] } } as never);
    await expect(wall.getByTestId('camera-tile-CAM-TMOVE')).toHaveAttribute('data-alarm', 'fire');
    await expect(wall.getByTestId('camera-tile-CAM-TMOVE')).toContainText('Báo động: lửa');
    await wall.getByTestId('camera-tile-CAM-TMOVE').screenshot({ path: path.join(SHOTS, 'wall-alarm.png') });
  } finally {
    reporting = false;
    await reporter;
    inf.close();
  }
});

test('a camera whose stream dies shows offline with the reason, and plays again when it is back', async ({ open, world }) => {
  const wall = await open('wall');
  await wall.getByTestId('wall-layout-2x2').click();
  await dropCamera(wall, 'CAM-TDIE', 3);
  const tile = wall.getByTestId('camera-tile-CAM-TDIE');
  await expect(tile).toHaveAttribute('data-video', 'live', { timeout: 45_000 });
  await world.source.kill();
  await expect(tile).toHaveAttribute('data-signal', 'lost', { timeout: 30_000 });
  await expect(wall.getByTestId('tile-signal-lost-CAM-TDIE')).toContainText('Ngoại tuyến');
  await expect(wall.getByTestId('tile-signal-lost-CAM-TDIE')).toContainText(`127.0.0.1:${world.source.port}`);
  await wall.screenshot({ path: path.join(SHOTS, 'wall-stream-died.png') });
  await world.source.start();
  await expect(tile).toHaveAttribute('data-signal', 'ok', { timeout: 45_000 });
  await expect(tile).toHaveAttribute('data-video', 'live', { timeout: 30_000 });
  await wall.screenshot({ path: path.join(SHOTS, 'wall-stream-back.png') });
});
