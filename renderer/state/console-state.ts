// The window's view of the console: pure data and pure transitions, testable without a DOM.
import type { ConsoleStatus, Delta, LocationPick, MapContext, OutboxEntry, Selection, Snapshot } from '../../common/bridge/contract';
import type { Alert } from '../../common/domain/alert';
import type { Camera, DetectionBatch } from '../../common/domain/camera';
import type { Incident } from '../../common/domain/incident';
import type { Unit } from '../../common/domain/unit';
import type { CorridorForecast, Sensor, WardFloodRisk } from '../../common/domain/sensor';

export const MAX_DETECTIONS = 200;

/** open: talking to the core; connecting: first attempt or retrying; down: waiting to retry. */
export type LinkState = 'open' | 'connecting' | 'down';

export interface ConsoleState {
  loaded: boolean;
  link: LinkState;
  incidents: ReadonlyMap<string, Incident>;
  units: ReadonlyMap<string, Unit>;
  alerts: ReadonlyMap<string, Alert>;
  cameras: ReadonlyMap<string, Camera>;
  /** Newest last, at most MAX_DETECTIONS. */
  detections: readonly DetectionBatch[];
  status: ConsoleStatus | null;
  outbox: readonly OutboxEntry[];
  selection: Selection | null;
  /** Lists show only this ward when set (from the map's ward card). */
  wardScope: string | null;
  locationPick: LocationPick | null;
  mapContext: MapContext | null;
  /** Local time the last delta arrived. */
  lastEventMs: number | null;
  /** Sensors and forecasts from the inference engine (by sensor id, ward name, corridor id). */
  sensors: ReadonlyMap<string, Sensor>;
  floodRisks: ReadonlyMap<string, WardFloodRisk>;
  corridors: ReadonlyMap<string, CorridorForecast>;
}

/** The records a delta actually changed, after stale versions were dropped. */
export interface AppliedChanges {
  incidents: Incident[];
  units: Unit[];
  alerts: Alert[];
  cameras: Camera[];
  detections: DetectionBatch[];
  /** True when the whole state was replaced (snapshot): views reload instead of patching. */
  reset: boolean;
}

export function emptyState(): ConsoleState {
  return {
    loaded: false,
    link: 'connecting',
    incidents: new Map(),
    units: new Map(),
    alerts: new Map(),
    cameras: new Map(),
    detections: [],
    status: null,
    outbox: [],
    selection: null,
    wardScope: null,
    locationPick: null,
    mapContext: null,
    lastEventMs: null,
    sensors: new Map(),
    floodRisks: new Map(),
    corridors: new Map(),
  };
}

export function noChanges(reset = false): AppliedChanges {
  return { incidents: [], units: [], alerts: [], cameras: [], detections: [], reset };
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Replaces everything the snapshot carries; keeps the link state and recent detections. */
export function applySnapshot(state: ConsoleState, snap: Snapshot): ConsoleState {
  return {
    ...state,
    loaded: true,
    incidents: byId(snap.incidents),
    units: byId(snap.units),
    alerts: byId(snap.alerts),
    cameras: byId(snap.cameras),
    status: snap.status,
    outbox: snap.outbox,
    selection: snap.selection,
    wardScope: snap.wardScope ?? null,
    mapContext: snap.mapContext,
    sensors: byId(snap.sensors ?? []),
    floodRisks: byId(snap.floodRisks ?? []),
    corridors: byId(snap.corridors ?? []),
  };
}

type Versioned = { id: string; version: number };

/** Upserts by id; a record older than the one held is ignored (out-of-order delivery). */
function upsert<T extends Versioned>(current: ReadonlyMap<string, T>, items: readonly T[] | undefined): { map: ReadonlyMap<string, T>; changed: T[] } {
  if (!items?.length) return { map: current, changed: [] };
  const changed = new Map<string, T>();
  for (const item of items) {
    const held = changed.get(item.id) ?? current.get(item.id);
    if (held && held.version > item.version) continue;
    changed.set(item.id, item);
  }
  if (changed.size === 0) return { map: current, changed: [] };
  const next = new Map(current);
  for (const [id, item] of changed) next.set(id, item);
  return { map: next, changed: [...changed.values()] };
}

export function applyDelta(state: ConsoleState, delta: Delta, nowMs: number): { state: ConsoleState; changes: AppliedChanges } {
  const incidents = upsert(state.incidents, delta.incidents);
  const units = upsert(state.units, delta.units);
  const alerts = upsert(state.alerts, delta.alerts);
  const cameras = upsert(state.cameras, delta.cameras);
  const sensors = upsert(state.sensors, delta.sensors);
  const floodRisks = upsert(state.floodRisks, delta.floodRisks);
  const corridors = upsert(state.corridors, delta.corridors);
  const batches = delta.detections ?? [];
  let detections = state.detections;
  if (batches.length) {
    detections = [...state.detections, ...batches];
    if (detections.length > MAX_DETECTIONS) detections = detections.slice(detections.length - MAX_DETECTIONS);
  }
  return {
    state: {
      ...state,
      incidents: incidents.map,
      units: units.map,
      alerts: alerts.map,
      cameras: cameras.map,
      detections,
      lastEventMs: nowMs,
      sensors: sensors.map,
      floodRisks: floodRisks.map,
      corridors: corridors.map,
    },
    changes: {
      incidents: incidents.changed,
      units: units.changed,
      alerts: alerts.changed,
      cameras: cameras.changed,
      detections: batches,
      reset: false,
    },
  };
}

export function latestDetectionByCamera(detections: readonly DetectionBatch[]): Map<string, DetectionBatch> {
  const out = new Map<string, DetectionBatch>();
  for (const batch of detections) {
    const held = out.get(batch.cameraId);
    if (!held || held.frameMs <= batch.frameMs) out.set(batch.cameraId, batch);
  }
  return out;
}
