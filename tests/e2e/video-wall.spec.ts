import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { callUnary, inferenceClient } from '../../proto/clients';
import { expect, SHOTS, test } from './console-fixture';

/** Tiles whose <video> is really playing: enough data to show a frame, and the playhead moving. */
async function playingTiles(page: Page): Promise<string[]> {
  const before = await page.$$eval('video.tile-video', (vs) => vs.map((v) => [v.getAttribute('data-testid'), (v as HTMLVideoElement).currentTime] as const));
  await page.waitForTimeout(1200);
  return page.$$eval(
    'video.tile-video',
    (vs, prev) =>
      vs
        .filter((v) => {
          const video = v as HTMLVideoElement;
          const was = prev.find(([id]) => id === v.getAttribute('data-testid'))?.[1] ?? 0;
          return video.readyState >= 2 && video.currentTime > was;
        })
        .map((v) => v.getAttribute('data-testid')!),
    before,
  );
}

/** Distinct colours in a downscaled frame of the tile's video (1: a uniform picture). */
function distinctColours(page: Page, testId: string): Promise<number> {
  return page.$eval(`[data-testid="${testId}"]`, (v) => {
    const video = v as HTMLVideoElement;
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 36;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(video, 0, 0, 64, 36);
    const px = ctx.getImageData(0, 0, 64, 36).data;
    const seen = new Set<number>();
    for (let i = 0; i < px.length; i += 4) seen.add((px[i] >> 4) * 256 + (px[i + 1] >> 4) * 16 + (px[i + 2] >> 4));
    return seen.size;
  });
}

test('the video wall plays live camera video in its tiles', async ({ open }) => {
  const wall = await open('wall');
  await expect(wall.getByTestId('wall-grid')).toHaveAttribute('data-layout', '3x3');
  await expect.poll(async () => (await playingTiles(wall)).length, { timeout: 45_000, intervals: [500] }).toBeGreaterThanOrEqual(4);
  const playing = await playingTiles(wall);
  expect(await distinctColours(wall, playing[0])).toBeGreaterThan(8);
  const cameraId = playing[0].replace('tile-video-', '');
  await expect(wall.getByTestId(`tile-health-${cameraId}`)).toHaveAttribute('data-phase', 'live');
  await expect(wall.getByTestId(`tile-health-${cameraId}`)).toContainText('hình/giây');
  await wall.screenshot({ path: path.join(SHOTS, 'wall-video.png') });
});

test('maximising a tile switches it to the main stream; layouts change the grid', async ({ open }) => {
  const wall = await open('wall');
  await wall.getByTestId('wall-layout-2x2').click();
  await expect(wall.locator('.camera-tile')).toHaveCount(4);
  await expect(wall.getByTestId('tile-health-CAM-0001')).toHaveAttribute('data-phase', 'live', { timeout: 30_000 });
  await expect(wall.getByTestId('tile-health-CAM-0001')).toContainText('Luồng phụ');
  await wall.getByTestId('tile-maximise-CAM-0001').click();
  await expect(wall.locator('.camera-tile')).toHaveCount(1);
  await expect(wall.getByTestId('tile-health-CAM-0001')).toContainText('Luồng chính', { timeout: 30_000 });
  await expect(wall.getByTestId('tile-health-CAM-0001')).toHaveAttribute('data-phase', 'live', { timeout: 30_000 });
  await expect.poll(() => wall.$eval('[data-testid="tile-video-CAM-0001"]', (v) => (v as HTMLVideoElement).videoWidth), { timeout: 20_000 }).toBe(640);
  await wall.screenshot({ path: path.join(SHOTS, 'wall-maximised.png') });
  await wall.keyboard.press('Escape');
  await expect(wall.locator('.camera-tile')).toHaveCount(4);
  await wall.getByTestId('wall-layout-1+5').click();
  await expect(wall.locator('.camera-tile')).toHaveCount(6);
  await wall.getByTestId('wall-layout-3x3').click();
});

test('a camera reported offline shows as offline and plays again when it is back', async ({ open, wf }) => {
  const wall = await open('wall');
  const inf = inferenceClient(wf.runtime.engineAddresses.inference);
  const report = (status: string) => callUnary(inf, inf.ReportCameraStatus, { request_id: randomUUID(), camera_id: 'CAM-0002', status });
  try {
    await report('offline');
    const tile = wall.getByTestId('camera-tile-CAM-0002');
    await expect(tile).toHaveAttribute('data-status', 'offline');
    await expect(tile).toHaveAttribute('data-video', 'off');
    await expect(tile.locator('.tile-offline')).toBeVisible();
    await report('online');
    await expect(tile).toHaveAttribute('data-video', 'live', { timeout: 30_000 });
  } finally {
    inf.close();
  }
});
