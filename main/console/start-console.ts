import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ConsoleStatus, Delta } from '../../common/bridge/contract';
import { ENGINES, type EngineName } from '../../common/domain/engines';
import { loadDemoData } from '../../services/demo/demo-data';
import { startEnginesInWorker, type EmbeddedEngines } from '../../services/launcher/worker-engines';
import { BridgeService } from '../bridge/bridge-service';
import { ConsoleCache } from '../cache/console-cache';
import { dispatchAdapter, inferenceAdapter, siemAdapter, type EngineClients } from '../engines/engine-adapters';
import { EngineLink } from '../engines/engine-link';
import { GeoService } from '../geodata/geo-service';
import { rootLogger } from '../log';
import { createDesktopNotifier, createNotificationFeed } from '../notifications/desktop-notifier';
import { NotificationSettingsStore } from '../notifications/settings-store';
import { Outbox } from '../outbox/outbox';
import { LiveState } from '../state/live-state';
import { buildMapContext } from './map-context';
import type { ConsoleOptions, ConsoleRuntime } from './runtime-types';
import { recommendUnitsVia } from '../dispatch/recommend-units';
import { incidentTimelineVia } from '../dispatch/incident-timeline';
import { createVideoService, videoConfigFromEnv } from '../video/start-video';
import type { VideoService } from '../video/video-service';
import { siemReadsVia } from '../siem/siem-reads';
import { SalvoStore } from '../video/salvo-store';
import { TileCache } from '../tiles/tile-cache';
import { TileService } from '../tiles/tile-service';
import { CameraRegistryBridge } from '../cameras/camera-registry-bridge';

export interface ConsoleInternals {
  embedded?: EmbeddedEngines;
  links: Record<EngineName, EngineLink>;
  cache: ConsoleCache;
  state: LiveState;
  bridgeService: BridgeService;
  outbox: Outbox;
  video: VideoService;
  tiles: TileService;
}

/** The composition root of the console core: engines (embedded or remote), cache, links, outbox, bridge. */
export async function startConsole(opts: ConsoleOptions): Promise<ConsoleRuntime & { internals: ConsoleInternals }> {
  const logger = rootLogger.child('console');
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const demo = loadDemoData();
  const embeddedWanted = opts.embeddedEngines ?? true;

  let embedded: EmbeddedEngines | undefined;
  const addresses = { ...opts.engineAddresses } as Record<EngineName, string>;
  if (embeddedWanted) {
    const missing = ENGINES.filter((e) => !addresses[e]);
    if (missing.length) {
      const demoOn = opts.demo !== false;
      embedded = await startEnginesInWorker({ dataDir: path.join(opts.dataDir, 'engines'), only: missing, demo: demoOn, roadsFile: opts.roadsFile, simulatedCameras: opts.simulatedCameras }, opts.simulate ?? demoOn);
      Object.assign(addresses, embedded.addresses);
    }
  }
  for (const e of ENGINES) {
    if (!addresses[e]) throw new Error(`no address for the ${e} engine: pass --${e} HOST:PORT or let the console embed it`);
  }

  const cache = await ConsoleCache.open(path.join(opts.dataDir, 'console-cache.sqlite'));
  const cached = await cache.load();
  const state = new LiveState();
  state.load(cached);

  let cameraRegistry: CameraRegistryBridge | undefined;
  const adapters = {
    dispatch: dispatchAdapter(addresses.dispatch),
    siem: siemAdapter(addresses.siem),
    inference: inferenceAdapter(addresses.inference, { onCamerasImported: () => void cameraRegistry?.refreshHeld() }),
  };
  const clients: EngineClients = { dispatch: adapters.dispatch.client, siem: adapters.siem.client, inference: adapters.inference.client };

  const operator = opts.operator ?? (process.env.WATCHFLOOR_OPERATOR || os.userInfo().username);
  const notificationSettings = NotificationSettingsStore.open(opts.dataDir, logger.child('notification-settings'));
  const notifications = opts.desktopNotifications
    ? createNotificationFeed(createDesktopNotifier(logger.child('notifier')), opts.desktopNotifications.locale, { settings: () => notificationSettings.get(operator) })
    : undefined;
  notificationSettings.onChange(() => notifications?.settingsChanged());
  let bridge: BridgeService | undefined;
  const publish = (delta: Delta) => {
    bridge?.publishDelta(delta);
    notifications?.onDelta(delta);
  };
  let outbox: Outbox | undefined;
  const links = {} as Record<EngineName, EngineLink>;
  const status = (): ConsoleStatus => ({
    engines: Object.fromEntries(ENGINES.map((e) => [e, { ...links[e].status }])) as ConsoleStatus['engines'],
    pendingCommands: outbox?.pendingCount ?? 0,
  });
  for (const e of ENGINES) {
    links[e] = new EngineLink(
      adapters[e],
      cache,
      cached.cursors[e] ?? { lastSeq: 0, lastEventMs: null },
      {
        onDelta: (delta) => publish(state.apply(delta)),
        onReplace: (delta) => {
          state.replace(e, delta);
          publish(delta);
        },
        onStatus: () => bridge?.publishStatus(status()),
      },
      logger.child(e),
    );
  }

  outbox = new Outbox(cache, clients, links, operator, {
    onChange: (entries) => {
      bridge?.publishOutbox(entries);
      bridge?.publishStatus(status());
    },
    onApplied: (delta) => publish(state.apply(delta)),
  }, logger.child('outbox'));
  const geo = new GeoService(cache.db, buildMapContext(demo), operator, {
    onContext: (context) => bridge?.setMapContext(context),
    onProgress: (progress) => bridge?.publishGeoImportProgress(progress),
  }, logger.child('geodata'));
  bridge = new BridgeService(state, outbox, status, await geo.init(), logger.child('bridge'), geo.handle, recommendUnitsVia(clients.dispatch, logger.child('recommend')), siemReadsVia(clients.siem, logger.child('siem-reads')));

  const video = createVideoService((id) => state.cameras.get(id), { ...videoConfigFromEnv(), ...opts.video }, logger.child('video'));
  bridge.setVideo(video);
  const salvos = await SalvoStore.open(path.join(opts.dataDir, 'wall.sqlite'), operator);
  bridge.setWall({ list: () => salvos.list(), save: (a) => salvos.save(a), delete: (a) => salvos.delete(a) });
  bridge.setNotificationSettings({
    get: () => ({ ok: true, value: { operator, settings: notificationSettings.get(operator) } }),
    set: (args) => notificationSettings.set(operator, args),
  });
  bridge.setTimeline(incidentTimelineVia(clients.dispatch, logger.child('timeline')));
  const tileCache = await TileCache.open(path.join(opts.dataDir, 'tile-cache.sqlite'), opts.tileCacheMb ? { maxBytes: opts.tileCacheMb * 1024 * 1024 } : {});
  const tiles = new TileService(tileCache, { onState: (s) => bridge?.publishBasemap(s), onDownload: (p) => bridge?.publishOfflineDownload(p) }, logger.child('tiles'), opts.tileProbeMs);
  bridge.setTiles(tiles.bridgeHandlers());
  await tiles.init(opts.basemap);
  cameraRegistry = new CameraRegistryBridge(clients.inference, state, {
    publish: (delta) => bridge?.publishDelta(delta),
    onProgress: (progress) => bridge?.publishCameraImportProgress(progress),
  }, logger.child('camera-registry'));
  bridge.setCameraRegistry(cameraRegistry);

  for (const link of Object.values(links)) link.start();
  await outbox.init();

  // Last-event times move with every event; windows get them once a second, not per event.
  let lastSent = '';
  const statusTimer = setInterval(() => {
    const s = status();
    const key = JSON.stringify(s);
    if (key !== lastSent) {
      lastSent = key;
      bridge!.publishStatus(s);
    }
  }, 1000);

  let stopping: Promise<void> | undefined;
  return {
    bridge,
    engineAddresses: addresses,
    tiles,
    internals: { embedded, links, cache, state, bridgeService: bridge, outbox, video, tiles },
    stop: () =>
      (stopping ??= (async () => {
        notifications?.dispose();
        clearInterval(statusTimer);
        await video.stop();
        await salvos.close();
        await tiles.close();
        await outbox!.stop();
        await Promise.all(Object.values(links).map((l) => l.stop()));
        bridge!.stop();
        await cache.close();
        await embedded?.stop();
      })()),
  };
}
