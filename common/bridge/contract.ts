// The bridge: the one typed contract between the console core (main) and its windows.
// Electron carries it over IPC, the web host over a WebSocket; feature code sees only this.

import type { Result } from '../result';
import type { Alert } from '../domain/alert';
import type { UpdateAlertArgs } from '../domain/alert-triage-args';
import type { GetSocMetricsArgs, SocMetrics } from '../domain/soc-metrics';
import type { CreateCaseArgs, CreateSuppressionArgs, SecurityEventView, SocCase, Suppression, SuppressionMatch, SuppressionPreview, UpdateCaseArgs } from '../domain/soc';
import type { Camera, DetectionBatch } from '../domain/camera';
import type { EngineName, EngineStatus } from '../domain/engines';
import type { GeoPoint } from '../domain/geo';
import type { Incident, IncidentStatus } from '../domain/incident';
import type { CreateIncidentInput } from '../domain/incident-validation';
import type { GeoImportProgress, GeoImportReceipt, GeoLayerId, ImportedLayerInfo } from '../geodata/geo-layers';
import type { Unit } from '../domain/unit';
import type { BasemapState, OfflineAreaArgs, OfflineAreaEstimate, OfflineDownloadProgress, SetBasemapArgs } from '../tiles/basemap-types';
import type { VideoStreamState, VideoWatch, WatchVideoArgs } from '../video/video-types';
import type { Assignment, AssignUnitsArgs, Recommendation, RecommendUnitsArgs } from '../domain/recommendation';
import type { TimelineEntry } from '../domain/sop';
import type { AddIncidentNoteArgs, IncidentTimelineArgs, MergeIncidentsArgs, TickSopStepArgs } from '../domain/sop-commands';
import type { Salvo, SaveSalvoArgs } from '../video/salvo';
import type { CorridorForecast, Sensor, WardFloodRisk } from '../domain/sensor';
import type { NotificationSettings, NotificationSettingsView } from '../domain/notification-settings';
import type { CameraImportProgress, CameraImportReceipt, CameraPage, ImportCamerasArgs, NearestCameras, NearestCamerasArgs, SearchCamerasArgs } from '../domain/camera-registry';
import type { NotifyWardArgs } from '../domain/sop-commands';

export const WINDOW_ROLES = ['map', 'wall', 'incidents', 'alerts', 'command'] as const;
export type WindowRole = (typeof WINDOW_ROLES)[number];

export function isWindowRole(value: unknown): value is WindowRole {
  return typeof value === 'string' && (WINDOW_ROLES as readonly string[]).includes(value);
}

export type Selection = { kind: 'incident' | 'unit' | 'alert' | 'camera' | 'sensor'; id: string };

/** Changed records since the last delta, last write wins per id. */
export interface Delta {
  incidents?: Incident[];
  units?: Unit[];
  alerts?: Alert[];
  cameras?: Camera[];
  detections?: DetectionBatch[];
  /** Sensors (latest reading, status, trend) and forecasts from the inference engine. */
  sensors?: Sensor[];
  floodRisks?: WardFloodRisk[];
  corridors?: CorridorForecast[];
}

export interface ConsoleStatus {
  engines: Record<EngineName, EngineStatus>;
  pendingCommands: number;
}

export type OutboxState = 'pending' | 'sending' | 'failed' | 'conflict';

export interface OutboxEntry {
  commandId: string;
  engine: EngineName;
  kind: CommandKind;
  /** What the command does, for the pending list (e.g. "INC-000042 → dispatched"). */
  summary: string;
  state: OutboxState;
  createdMs: number;
  attempts: number;
  error?: { code: string; message: string; key?: string; params?: Record<string, string | number> };
  /** For a conflict: the record as the engine has it now. */
  current?: unknown;
}

export const COMMAND_KINDS = [
  'createIncident',
  'setIncidentStatus',
  'acknowledgeAlert',
  'assignUnits',
  'updateAlert',
  'tickSopStep',
  'addIncidentNote',
  'mergeIncidents',
  'createSuppression',
  'createCase',
  'updateCase',
  'notifyWard',
] as const;
export type CommandKind = (typeof COMMAND_KINDS)[number];

/** Applied: the engine took it. Pending: it waits in the durable outbox until the engine is back. */
export type CommandReceipt<T> = { state: 'applied'; commandId: string; record: T } | { state: 'pending'; commandId: string };

export interface Snapshot {
  incidents: Incident[];
  units: Unit[];
  alerts: Alert[];
  cameras: Camera[];
  status: ConsoleStatus;
  outbox: OutboxEntry[];
  selection: Selection | null;
  /** The ward the lists are scoped to, if an operator asked for it (absent from older consoles). */
  wardScope?: string | null;
  /** The built-in map context (wards, roads) the windows draw without a basemap. */
  mapContext: MapContext;
  sensors?: Sensor[];
  floodRisks?: WardFloodRisk[];
  corridors?: CorridorForecast[];
}

export interface MapContext {
  /** bbox [minLon, minLat, maxLon, maxLat] is there for imported ward polygons ("zoom to ward"). */
  wards: { name: string; center: GeoPoint; bbox?: [number, number, number, number] }[];
  /** GeoJSON FeatureCollections, already in the shape MapLibre takes. */
  wardAreas: unknown;
  roads: unknown;
  water: unknown;
  /** The city outline (imported), drawn over the wards. */
  boundary?: unknown;
  /** Imported line layers other than roads (bus routes), by layer id. */
  lines?: Partial<Record<GeoLayerId, unknown>>;
  /** Imported point layers (GeoJSON FeatureCollections) by layer id. */
  points?: Partial<Record<GeoLayerId, unknown>>;
  /** The layers that come from an import; the others are the built-in demo's (or absent). */
  imported?: ImportedLayerInfo[];
  /** The operator this console runs for: the map keeps its layer choices under this name. */
  operator?: string;
}

/** A GeoJSON import; text over IMPORT_PART_CHARS (150,000) characters comes in parts (a WebSocket frame holds 1 MiB). */
export interface ImportGeoJsonArgs {
  layer: GeoLayerId;
  fileName: string;
  text: string;
  part?: { uploadId: string; index: number; count: number };
  /** 'osm-pbf': text is the .osm.pbf file in base64 and layer must be roads (default 'geojson'). */
  format?: 'geojson' | 'osm-pbf';
}

export type LocationPick = { state: 'requested' } | { state: 'picked'; point: GeoPoint } | { state: 'cancelled' };

export interface SetIncidentStatusArgs {
  incidentId: string;
  status: IncidentStatus;
  expectedVersion: number;
}

export interface AcknowledgeAlertArgs {
  alertId: string;
  expectedVersion: number;
}

/** Every method the windows can call. Arguments are validated in main; results are envelopes. */
export interface BridgeMethods {
  getSnapshot(args: Record<string, never>): Snapshot;
  createIncident(args: CreateIncidentInput): CommandReceipt<Incident>;
  setIncidentStatus(args: SetIncidentStatusArgs): CommandReceipt<Incident>;
  acknowledgeAlert(args: AcknowledgeAlertArgs): CommandReceipt<Alert>;
  /** A triage step (status, assignee or assign to me, disposition, note), through the outbox. */
  updateAlert(args: UpdateAlertArgs): CommandReceipt<Alert>;
  /** A read with a deadline (not queued): MTTD/MTTA/MTTR and rule noise from the SIEM engine. */
  getSocMetrics(args: GetSocMetricsArgs): SocMetrics;
  /** Reads: the events behind an alert (normalised + raw, last 20), suppressions and their preview, cases. */
  getAlertEvents(args: { alertId: string }): SecurityEventView[];
  previewSuppression(args: { match: SuppressionMatch; hours?: number }): SuppressionPreview;
  listSuppressions(args: Record<string, never>): Suppression[];
  listCases(args: Record<string, never>): SocCase[];
  /** Commands through the outbox. */
  createSuppression(args: CreateSuppressionArgs): CommandReceipt<Suppression>;
  createCase(args: CreateCaseArgs): CommandReceipt<SocCase>;
  updateCase(args: UpdateCaseArgs): CommandReceipt<SocCase>;
  /** A read with a deadline (not queued): ranked units for the incident, from the dispatch engine. */
  recommendUnits(args: RecommendUnitsArgs): Recommendation;
  /** Through the outbox like every mutation; the record is the incident and units after it. */
  assignUnits(args: AssignUnitsArgs): CommandReceipt<Assignment>;
  /** SOP checklist tick and notes go through the outbox; the record is the incident after it. */
  tickSopStep(args: TickSopStepArgs): CommandReceipt<Incident>;
  addIncidentNote(args: AddIncidentNoteArgs): CommandReceipt<Incident>;
  /** Folds a duplicate (incident) into the incident that carries on (target); the record holds both after it. */
  mergeIncidents(args: MergeIncidentsArgs): CommandReceipt<{ incident: Incident; target: Incident }>;
  /** A read with a deadline: every change to the incident (who, when, what), oldest first. */
  getIncidentTimeline(args: IncidentTimelineArgs): TimelineEntry[];
  discardCommand(args: { commandId: string }): null;
  select(args: { selection: Selection | null }): null;
  /** Scopes the lists in every window to one ward (null: the whole city); asked for from the map's ward card. */
  setWardScope(args: { ward: string | null }): null;
  pickLocation(args: LocationPick): null;
  importGeoJson(args: ImportGeoJsonArgs): GeoImportReceipt;
  /** Starts (or shares) a camera's live stream for this window; its fMP4 arrives as binary frames named by streamId. */
  watchVideo(args: WatchVideoArgs): VideoWatch;
  unwatchVideo(args: { streamId: number }): null;
  /** Wall salvos of this console's operator (kept in main, survive restarts); each answers the list after it. */
  listSalvos(args: Record<string, never>): Salvo[];
  saveSalvo(args: SaveSalvoArgs): Salvo[];
  deleteSalvo(args: { name: string }): Salvo[];
  /** Asks every wall window to show the camera (the map's "show on wall"). */
  showOnWall(args: { cameraId: string }): null;
  /** The basemap under the map layers (tiles at tilePath on the window's own origin). */
  getBasemap(args: Record<string, never>): BasemapState;
  setBasemap(args: SetBasemapArgs): BasemapState;
  /** Offline area download of the online basemap into the tile cache: estimate, start (progress as events), cancel. */
  estimateOfflineArea(args: OfflineAreaArgs): OfflineAreaEstimate;
  downloadOfflineArea(args: OfflineAreaArgs): { jobId: string; total: number };
  cancelOfflineDownload(args: { jobId: string }): null;
  /** This console's operator and their desktop notification rules (defaults until saved). */
  getNotificationSettings(args: Record<string, never>): NotificationSettingsView;
  /** Validated (INVALID_ARGUMENT names the field), saved in the console's data dir, applied at once. */
  setNotificationSettings(args: NotificationSettings): NotificationSettings;
  /** Camera registry reads with a deadline (the console mirrors only a working set, not all cameras): paged text/bbox/kind/status search. */
  searchCameras(args: SearchCamerasArgs): CameraPage;
  /** The k cameras nearest a point, nearest first; they join the console's working set (watchVideo finds them). */
  nearestCameras(args: NearestCamerasArgs): NearestCameras;
  /** A CSV or GeoJSON camera file into the registry, in parts like importGeoJson; all-or-nothing with per-row errors. */
  importCameras(args: ImportCamerasArgs): CameraImportReceipt;
  /** Records a notification to the incident's ward (SOP notify_ward) through the outbox. */
  notifyWard(args: NotifyWardArgs): CommandReceipt<Incident>;
  /** Puts these cameras first on every video wall (e.g. the nearest to an incident), broadcast to windows. */
  showCamerasOnWall(args: WallRequest): null;
}

/** Cameras a window asks the video walls to show, and why (an incident id, for the caption). */
export interface WallRequest {
  cameraIds: string[];
  incidentId?: string;
}

export type BridgeMethodName = keyof BridgeMethods;

export const BRIDGE_METHODS: readonly BridgeMethodName[] = [
  'getSnapshot',
  'createIncident',
  'setIncidentStatus',
  'acknowledgeAlert',
  'updateAlert',
  'getSocMetrics',
  'getAlertEvents',
  'previewSuppression',
  'listSuppressions',
  'listCases',
  'createSuppression',
  'createCase',
  'updateCase',
  'recommendUnits',
  'assignUnits',
  'tickSopStep',
  'addIncidentNote',
  'mergeIncidents',
  'getIncidentTimeline',
  'discardCommand',
  'select',
  'setWardScope',
  'pickLocation',
  'importGeoJson',
  'watchVideo',
  'unwatchVideo',
  'listSalvos',
  'saveSalvo',
  'deleteSalvo',
  'showOnWall',
  'getBasemap',
  'setBasemap',
  'estimateOfflineArea',
  'downloadOfflineArea',
  'cancelOfflineDownload',
  'getNotificationSettings',
  'setNotificationSettings',
  'searchCameras',
  'nearestCameras',
  'importCameras',
  'notifyWard',
  'showCamerasOnWall',
];

export function isBridgeMethod(value: unknown): value is BridgeMethodName {
  return typeof value === 'string' && (BRIDGE_METHODS as readonly string[]).includes(value);
}

/** Events pushed from main to windows (coalesced per window). */
export interface BridgeEvents {
  delta: Delta;
  status: ConsoleStatus;
  outbox: OutboxEntry[];
  selection: Selection | null;
  wardScope: string | null;
  locationPick: LocationPick;
  mapContext: MapContext;
  geoImportProgress: GeoImportProgress;
  videoState: VideoStreamState;
  /** The operator's salvos changed (from any wall window). */
  salvos: Salvo[];
  /** A window asked the walls to show a camera. */
  wallShow: { cameraId: string };
  basemap: BasemapState;
  offlineDownload: OfflineDownloadProgress;
  cameraImportProgress: CameraImportProgress;
  wallRequest: WallRequest;
}

export type BridgeEventName = keyof BridgeEvents;
export type BridgeEvent = { [K in BridgeEventName]: { channel: K; payload: BridgeEvents[K] } }[BridgeEventName];

/** The API a window holds: Promise methods and onDid* style subscriptions. */
export type BridgeApi = {
  [K in BridgeMethodName]: (args: Parameters<BridgeMethods[K]>[0]) => Promise<Result<ReturnType<BridgeMethods[K]>>>;
} & {
  on<K extends BridgeEventName>(channel: K, listener: (payload: BridgeEvents[K]) => void): () => void;
};

/** Wire frames (WebSocket) and IPC payloads share these shapes. */
export type ClientFrame = { t: 'call'; id: number; method: string; args: unknown };
export type ServerFrame = { t: 'result'; id: number; result: Result<unknown> } | { t: 'event'; event: BridgeEvent };

export const BRIDGE_CALL_TIMEOUT_MS = 15_000;
/** Electron IPC channel names; the preload only forwards these. */
export const IPC_CALL_CHANNEL = 'watchfloor:call';
export const IPC_EVENT_CHANNEL = 'watchfloor:event';
/** Drag-and-drop of a camera between windows of the console (same origin): the data is the camera id. */
export const CAMERA_DRAG_MIME = 'application/x-watchfloor-camera';
/** Binary video frames (common/video/frame-header.ts) from main to a window. */
export const IPC_VIDEO_CHANNEL = 'watchfloor:video';
