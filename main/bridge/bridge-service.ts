import { DeltaCoalescer } from '../../common/bridge/coalescer';
import {
  isBridgeMethod,
  type BridgeEvent,
  type BridgeMethodName,
  type ConsoleStatus,
  type Delta,
  type LocationPick,
  type MapContext,
  type OutboxEntry,
  type Selection,
  type Snapshot,
  type WindowRole,
} from '../../common/bridge/contract';
import { deltaForRole, mapContextForRole } from '../../common/bridge/role-filter';
import { validateWallRequest } from '../../common/domain/wall-request';
import type { RecommendHandler } from '../dispatch/recommend-units';
import type { TimelineHandler } from '../dispatch/incident-timeline';
import type { SiemReadHandlers } from '../siem/siem-reads';
import type { GeoImportProgress, GeoImportReceipt } from '../../common/geodata/geo-layers';
import type { BasemapState, OfflineDownloadProgress } from '../../common/tiles/basemap-types';
import type { CameraImportProgress } from '../../common/domain/camera-registry';
import { validateLocation } from '../../common/domain/incident-validation';
import type { Logger } from '../../common/log';
import { fail, invalid, ok, type Result } from '../../common/result';
import type { Outbox } from '../outbox/outbox';
import type { LiveState } from '../state/live-state';
import type { VideoSink } from '../video/video-service';
import type { BridgeHost, WindowLink } from './window-link';

/** How often coalesced changes are pushed to windows (one message per window per tick at most). */
export const FLUSH_INTERVAL_MS = 50;

const SELECTION_KINDS = ['incident', 'unit', 'alert', 'camera', 'sensor'];

/** Basemap and offline-area calls (main/tiles/tile-service.ts). */
export type TilesHandler = Record<'getBasemap' | 'setBasemap' | 'estimateOfflineArea' | 'downloadOfflineArea' | 'cancelOfflineDownload', (args: unknown) => Result<unknown> | Promise<Result<unknown>>>;

/** Runs importGeoJson calls (main/geodata); the bridge only routes them. */
export type GeoImportHandler = (windowId: string, args: unknown) => Promise<Result<GeoImportReceipt>>;

/** Reads and saves the operator's notification rules (main/notifications); the bridge only routes them. */
export interface NotificationSettingsHandler {
  get(): Result<unknown>;
  set(args: unknown): Result<unknown>;
}

/** Runs searchCameras/nearestCameras/importCameras (main/cameras); the bridge only routes them. */
export interface CameraRegistryHandler {
  searchCameras(args: unknown): Promise<Result<unknown>>;
  nearestCameras(args: unknown): Promise<Result<unknown>>;
  importCameras(windowId: string, args: unknown): Promise<Result<unknown>>;
  /** A camera selected anywhere joins the working set before the selection goes out. */
  pin(ids: readonly string[]): Promise<void>;
  unpin(ids: readonly string[]): void;
}

/** Runs watchVideo/unwatchVideo (main/video); the bridge only routes them. */
export interface VideoHandler {
  watch(sink: VideoSink, args: unknown): Result<unknown>;
  unwatch(windowId: string, args: unknown): Result<null>;
  detachWindow(windowId: string): void;
}

/** Runs the wall's salvo calls (main/video/salvo-store.ts); the bridge routes them and tells the walls. */
export interface WallHandler {
  list(): Promise<unknown[]>;
  save(args: unknown): Promise<Result<unknown[]>>;
  delete(args: unknown): Promise<Result<unknown[]>>;
}

interface AttachedWindow {
  link: WindowLink;
  pending: DeltaCoalescer;
}

/**
 * The bridge as main implements it, whatever shell carries it: validates every call, runs it,
 * and fans coalesced changes, status, outbox and selection out to the windows.
 */
export class BridgeService implements BridgeHost {
  private windows = new Map<string, AttachedWindow>();
  private timer: NodeJS.Timeout | undefined;
  private selection: Selection | null = null;
  private wardScope: string | null = null;
  private video: VideoHandler | undefined;
  private timeline: TimelineHandler | undefined;
  private wall: WallHandler | undefined;
  private tiles: TilesHandler | undefined;
  private notificationSettings: NotificationSettingsHandler | undefined;
  private cameraRegistry: CameraRegistryHandler | undefined;

  constructor(
    private readonly state: LiveState,
    private readonly outbox: Outbox,
    private readonly status: () => ConsoleStatus,
    private mapContext: MapContext,
    private readonly logger: Logger,
    private readonly geoImport?: GeoImportHandler,
    private readonly recommend?: RecommendHandler,
    private readonly siemReads?: SiemReadHandlers,
  ) {}

  connect(link: WindowLink): () => void {
    this.windows.set(link.id, { link, pending: new DeltaCoalescer() });
    this.logger.info('window attached', { window: link.id, role: link.role, windows: this.windows.size });
    return () => {
      this.windows.delete(link.id);
      this.video?.detachWindow(link.id);
      this.logger.info('window detached', { window: link.id });
    };
  }

  setVideo(video: VideoHandler): void {
    this.video = video;
  }

  setWall(wall: WallHandler): void {
    this.wall = wall;
  }

  setNotificationSettings(handler: NotificationSettingsHandler): void {
    this.notificationSettings = handler;
  }

  setTimeline(timeline: TimelineHandler): void {
    this.timeline = timeline;
  }

  /** The basemap and offline-area calls (main/tiles); windows get its state and download progress as events. */
  setTiles(tiles: TilesHandler): void {
    this.tiles = tiles;
  }

  publishBasemap(state: BasemapState): void {
    this.broadcast({ channel: 'basemap', payload: state });
  }

  publishOfflineDownload(progress: OfflineDownloadProgress): void {
    this.broadcast({ channel: 'offlineDownload', payload: progress });
  }

  setCameraRegistry(registry: CameraRegistryHandler): void {
    this.cameraRegistry = registry;
  }

  publishCameraImportProgress(progress: CameraImportProgress): void {
    this.broadcast({ channel: 'cameraImportProgress', payload: progress });
  }

  get windowCount(): number {
    return this.windows.size;
  }

  /** Queues a change for every window that draws it; sent on the next tick. */
  publishDelta(delta: Delta): void {
    for (const w of this.windows.values()) {
      const d = deltaForRole(w.link.role, delta);
      if (d) w.pending.add(d);
    }
    this.timer ??= setTimeout(() => this.flush(), FLUSH_INTERVAL_MS);
  }

  flush(): void {
    this.timer = undefined;
    for (const w of this.windows.values()) {
      const d = w.pending.take();
      if (d) this.send(w, { channel: 'delta', payload: d });
    }
  }

  publishStatus(status: ConsoleStatus): void {
    this.broadcast({ channel: 'status', payload: status });
  }

  publishOutbox(entries: OutboxEntry[]): void {
    this.broadcast({ channel: 'outbox', payload: entries });
  }

  /** An import changed the map layers: new snapshots carry them and open windows get them now. */
  setMapContext(context: MapContext): void {
    this.mapContext = context;
    for (const w of this.windows.values()) this.send(w, { channel: 'mapContext', payload: mapContextForRole(w.link.role, context) });
  }

  publishGeoImportProgress(progress: GeoImportProgress): void {
    this.broadcast({ channel: 'geoImportProgress', payload: progress });
  }

  private broadcast(event: BridgeEvent): void {
    for (const w of this.windows.values()) this.send(w, event);
  }

  private send(w: AttachedWindow, event: BridgeEvent): void {
    try {
      w.link.send(event);
    } catch (err) {
      this.logger.warn('send to window failed', { window: w.link.id, error: String(err) });
    }
  }

  async call(windowId: string, method: unknown, args: unknown): Promise<Result<unknown>> {
    if (!isBridgeMethod(method)) {
      return fail({ code: 'UNKNOWN_METHOD', message: `unknown bridge method ${JSON.stringify(method)}`, field: 'method' });
    }
    try {
      return await this.dispatch(windowId, method, args ?? {});
    } catch (err) {
      this.logger.error('bridge call failed', { method, error: String(err), stack: (err as Error)?.stack });
      return fail({ code: 'INTERNAL', message: `${method} failed in the console core: ${String((err as Error)?.message ?? err)}` });
    }
  }

  private async dispatch(windowId: string, method: BridgeMethodName, args: unknown): Promise<Result<unknown>> {
    switch (method) {
      case 'getSnapshot':
        return ok(this.snapshot(this.windows.get(windowId)?.link.role ?? 'map'));
      case 'createIncident':
      case 'setIncidentStatus':
      case 'acknowledgeAlert':
      case 'updateAlert':
      case 'createSuppression':
      case 'createCase':
      case 'updateCase':
      case 'assignUnits':
      case 'tickSopStep':
      case 'addIncidentNote':
      case 'mergeIncidents':
      case 'notifyWard':
        return this.outbox.submit(method, args);
      case 'showCamerasOnWall': {
        const req = validateWallRequest(args);
        if (!req.ok) return req;
        this.broadcast({ channel: 'wallRequest', payload: req.value });
        this.logger.info('cameras sent to the wall', { from: windowId, ...req.value });
        return ok(null);
      }
      case 'getIncidentTimeline':
        if (!this.timeline) return fail({ code: 'UNAVAILABLE', message: 'getIncidentTimeline: this console has no dispatch engine link', key: 'error.engineDown' });
        return this.timeline(args);
      case 'recommendUnits':
        if (!this.recommend) return fail({ code: 'UNAVAILABLE', message: 'recommendUnits: this console has no dispatch engine link', key: 'error.engineDown' });
        return this.recommend(args);
      case 'getSocMetrics':
      case 'getAlertEvents':
      case 'previewSuppression':
      case 'listSuppressions':
      case 'listCases':
        if (!this.siemReads) return fail({ code: 'UNAVAILABLE', message: `${method}: this console has no SIEM engine link`, key: 'error.engineDown' });
        return this.siemReads[method](args);
      case 'discardCommand': {
        const id = (args as { commandId?: unknown }).commandId;
        if (typeof id !== 'string' || !id) return invalid('commandId', 'commandId is required');
        return this.outbox.discard(id);
      }
      case 'select': {
        const sel = (args as { selection?: unknown }).selection;
        const parsed = parseSelection(sel);
        if (!parsed.ok) return parsed;
        if (this.selection?.kind === 'camera' && this.selection.id !== parsed.value?.id) this.cameraRegistry?.unpin([this.selection.id]);
        if (parsed.value?.kind === 'camera') {
          await this.cameraRegistry?.pin([parsed.value.id]);
          this.flush();
        }
        this.selection = parsed.value;
        this.broadcast({ channel: 'selection', payload: parsed.value });
        this.logger.debug('selection', { from: windowId, selection: parsed.value });
        return ok(null);
      }
      case 'setWardScope': {
        const ward = (args as { ward?: unknown })?.ward;
        if (ward !== null && (typeof ward !== 'string' || !this.mapContext.wards.some((w) => w.name === ward))) {
          return invalid('ward', `ward must be null or the name of a known ward, got ${JSON.stringify(ward)}`);
        }
        this.wardScope = ward;
        this.broadcast({ channel: 'wardScope', payload: ward });
        return ok(null);
      }
      case 'pickLocation': {
        const pick = parseLocationPick(args);
        if (!pick.ok) return pick;
        this.broadcast({ channel: 'locationPick', payload: pick.value });
        return ok(null);
      }
      case 'importGeoJson':
        if (!this.geoImport) return fail({ code: 'UNAVAILABLE', message: 'importGeoJson: this console has no geodata store' });
        return this.geoImport(windowId, args);
      case 'watchVideo':
      case 'unwatchVideo':
        return this.videoCall(windowId, method, args);
      case 'listSalvos':
      case 'saveSalvo':
      case 'deleteSalvo':
        return this.salvoCall(method, args);
      case 'showOnWall': {
        const id = (args as { cameraId?: unknown }).cameraId;
        if (typeof id !== 'string' || !id) return invalid('cameraId', `cameraId is required, got ${JSON.stringify(id)}`);
        if (!this.state.cameras.has(id)) return fail({ code: 'NOT_FOUND', field: 'cameraId', message: `camera ${id} is not in the registry`, key: 'video.error.noCamera', params: { camera: id } });
        const walls = [...this.windows.values()].filter((w) => w.link.role === 'wall');
        if (!walls.length) return fail({ code: 'UNAVAILABLE', message: `showOnWall: no video wall window is open to show ${id}`, key: 'wall.error.noWall' });
        for (const w of walls) this.send(w, { channel: 'wallShow', payload: { cameraId: id } });
        return ok(null);
      }
      case 'getBasemap':
      case 'setBasemap':
      case 'estimateOfflineArea':
      case 'downloadOfflineArea':
      case 'cancelOfflineDownload':
        if (!this.tiles) return fail({ code: 'UNAVAILABLE', message: `${method}: this console runs no tile service`, key: 'tiles.noService' });
        return this.tiles[method](args);
      case 'getNotificationSettings':
      case 'setNotificationSettings':
        if (!this.notificationSettings) return fail({ code: 'UNAVAILABLE', message: `${method}: this console keeps no notification settings` });
        return method === 'getNotificationSettings' ? this.notificationSettings.get() : this.notificationSettings.set(args);
      case 'searchCameras':
      case 'nearestCameras':
      case 'importCameras':
        if (!this.cameraRegistry) return fail({ code: 'UNAVAILABLE', message: `${method}: this console has no inference engine link`, key: 'error.engineDown' });
        return method === 'importCameras' ? this.cameraRegistry.importCameras(windowId, args) : this.cameraRegistry[method](args);
    }
  }

  private videoCall(windowId: string, method: 'watchVideo' | 'unwatchVideo', args: unknown): Result<unknown> {
    if (!this.video) return fail({ code: 'UNAVAILABLE', message: `${method}: this console runs no video service`, key: 'video.error.noService' });
    if (method === 'unwatchVideo') return this.video.unwatch(windowId, args);
    const w = this.windows.get(windowId);
    const link = w?.link;
    if (!w || !link?.sendBinary) return fail({ code: 'UNAVAILABLE', message: `watchVideo: window ${windowId} has no binary link for video`, key: 'video.error.noService' });
    return this.video.watch(
      { windowId, sendBinary: (d) => link.sendBinary!(d), bufferedBytes: () => link.bufferedBytes?.() ?? 0, sendState: (s) => this.send(w, { channel: 'videoState', payload: s }) },
      args,
    );
  }

  private async salvoCall(method: 'listSalvos' | 'saveSalvo' | 'deleteSalvo', args: unknown): Promise<Result<unknown>> {
    if (!this.wall) return fail({ code: 'UNAVAILABLE', message: `${method}: this console keeps no wall salvos`, key: 'video.error.noService' });
    if (method === 'listSalvos') return ok(await this.wall.list());
    const r = method === 'saveSalvo' ? await this.wall.save(args) : await this.wall.delete(args);
    if (r.ok) for (const w of this.windows.values()) if (w.link.role === 'wall') this.send(w, { channel: 'salvos', payload: r.value as never });
    return r;
  }

  snapshot(role: WindowRole = 'map'): Snapshot {
    return {
      ...this.state.snapshot(),
      status: this.status(),
      outbox: this.outbox.list(),
      selection: this.selection,
      wardScope: this.wardScope,
      mapContext: mapContextForRole(role, this.mapContext),
    };
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.flush();
  }
}

function parseSelection(sel: unknown): Result<Selection | null> {
  if (sel === null) return ok(null);
  const s = sel as Partial<Selection> | undefined;
  if (!s || typeof s !== 'object' || !SELECTION_KINDS.includes(s.kind as string) || typeof s.id !== 'string' || !s.id) {
    return invalid('selection', `selection must be null or {kind: ${SELECTION_KINDS.join('|')}, id}, got ${JSON.stringify(sel)}`);
  }
  return ok({ kind: s.kind!, id: s.id });
}

function parseLocationPick(args: unknown): Result<LocationPick> {
  const a = args as { state?: unknown; point?: unknown };
  if (a?.state === 'requested' || a?.state === 'cancelled') return ok({ state: a.state });
  if (a?.state === 'picked') {
    const p = validateLocation(a.point, 'point');
    return p.ok ? ok({ state: 'picked', point: p.value }) : p;
  }
  return invalid('state', `state must be requested, picked or cancelled, got ${JSON.stringify(a?.state)}`);
}
