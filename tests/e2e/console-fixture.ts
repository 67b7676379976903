import { test as base, expect, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { startConsole } from '../../main/console/start-console';
import { startWebHost } from '../../main/host/web-host';
import { createLogger } from '../../common/log';
import { callUnary, siemClient } from '../../proto/clients';

export const SHOTS = path.resolve(__dirname, '../../test-results/screens');
export const CENTRAL_ROADS = path.resolve(__dirname, '../../../shared/data/hanoi/hanoi_central_roads_osm.geojson');

type Running = {
  url: string;
  dataDir: string;
  runtime: Awaited<ReturnType<typeof startConsole>>;
  /** Sends security events straight into the SIEM engine over gRPC, as a log source would. */
  ingest(events: Record<string, unknown>[]): Promise<void>;
};

/** One real console (embedded engines, demo data, no simulator) behind the web host, per worker. */
export const test = base.extend<{ open: (role: string) => Promise<Page> }, { wf: Running; roads: boolean }>({
  /** Load the central-Hanoi OSM road graph (../shared) for routes by road: `test.use({ roads: true })`. */
  roads: [false, { scope: 'worker', option: true }],
  wf: [
    async ({ roads }, use) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-e2e-'));
      const runtime = await startConsole({ dataDir, simulate: false, ...(roads ? { roadsFile: CENTRAL_ROADS } : {}) });
      const host = await startWebHost({
        bridge: runtime.bridge,
        rendererDir: path.resolve(__dirname, '../../dist/renderer'),
        logger: createLogger('e2e', () => undefined),
        tiles: runtime.tiles,
      });
      const siem = siemClient(runtime.engineAddresses.siem);
      await use({
        url: host.url,
        dataDir,
        runtime,
        ingest: async (events) => {
          await callUnary(siem, siem.IngestEvents, { request_id: randomUUID(), events });
        },
      });
      siem.close();
      await host.close();
      await runtime.stop();
    },
    { scope: 'worker' },
  ],
  open: async ({ context, wf }, use) => {
    await use(async (role: string) => {
      const page = await context.newPage();
      await page.goto(`${wf.url}?role=${role}`);
      await expect(page.getByTestId('core-link')).toHaveAttribute('data-state', 'open');
      return page;
    });
  },
});

export { expect };

export async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const m = (window as unknown as { __watchfloorMap?: { loaded(): boolean; isMoving(): boolean; areTilesLoaded(): boolean } }).__watchfloorMap;
    return !!m && m.loaded() && !m.isMoving() && m.areTilesLoaded();
  }, null, { timeout: 60_000 });
}
