import type { Delta } from '../../common/bridge/contract';
import type { Alert } from '../../common/domain/alert';
import type { Camera } from '../../common/domain/camera';
import type { EngineName } from '../../common/domain/engines';
import type { Incident } from '../../common/domain/incident';
import type { Unit } from '../../common/domain/unit';
import type { CorridorForecast, Sensor, WardFloodRisk } from '../../common/domain/sensor';
import type { CachedState } from '../cache/console-cache';

type Versioned = { id: string; version: number };

/**
 * The console mirrors a working set of cameras, not the registry (300,000 by 2030): cameras with
 * activity or trouble, the ones shown, selected or asked for. Past this many, online unpinned cameras
 * that changed longest ago leave it.
 */
export const CAMERA_WORKING_SET_MAX = 5000;

/** The in-memory picture every window is served from; filled from the cache, then kept live. */
export class LiveState {
  readonly incidents = new Map<string, Incident>();
  readonly units = new Map<string, Unit>();
  readonly alerts = new Map<string, Alert>();
  readonly cameras = new Map<string, Camera>();
  readonly sensors = new Map<string, Sensor>();
  readonly floodRisks = new Map<string, WardFloodRisk>();
  readonly corridors = new Map<string, CorridorForecast>();
  /** Cameras kept in the working set whatever their age (selected, on a wall). */
  readonly pinnedCameras = new Set<string>();
  cameraLimit = CAMERA_WORKING_SET_MAX;

  load(cached: CachedState): void {
    this.apply(cached);
  }

  /** Applies changes; a record older than the one held is ignored. Returns what really changed. */
  apply(delta: Delta): Delta {
    const out: Delta = {};
    const put = <T extends Versioned>(map: Map<string, T>, items: T[] | undefined): T[] | undefined => {
      if (!items?.length) return undefined;
      const changed: T[] = [];
      for (const item of items) {
        const prev = map.get(item.id);
        if (prev && prev.version > item.version) continue;
        map.set(item.id, item);
        changed.push(item);
      }
      return changed.length ? changed : undefined;
    };
    const incidents = put(this.incidents, delta.incidents);
    const units = put(this.units, delta.units);
    const alerts = put(this.alerts, delta.alerts);
    const cameras = put(this.cameras, delta.cameras);
    if (incidents) out.incidents = incidents;
    if (units) out.units = units;
    if (alerts) out.alerts = alerts;
    if (cameras) out.cameras = cameras;
    if (delta.detections?.length) out.detections = delta.detections;
    const sensors = put(this.sensors, delta.sensors);
    const floodRisks = put(this.floodRisks, delta.floodRisks);
    const corridors = put(this.corridors, delta.corridors);
    if (sensors) out.sensors = sensors;
    if (floodRisks) out.floodRisks = floodRisks;
    if (corridors) out.corridors = corridors;
    if (cameras) this.trimCameras();
    return out;
  }

  /** Keeps the camera working set bounded: evicts online, unpinned cameras that changed longest ago. */
  private trimCameras(): void {
    let excess = this.cameras.size - this.cameraLimit;
    if (excess <= 0) return;
    const evictable = [...this.cameras.values()]
      .filter((c) => c.status === 'online' && !this.pinnedCameras.has(c.id))
      .sort((a, b) => Math.max(a.updatedMs, a.lastDetectionMs) - Math.max(b.updatedMs, b.lastDetectionMs));
    for (const c of evictable) {
      if (excess-- <= 0) break;
      this.cameras.delete(c.id);
    }
  }

  /** Drops what an engine owns and takes its fresh snapshot. */
  replace(engine: EngineName, delta: Delta): void {
    if (engine === 'dispatch') {
      this.incidents.clear();
      this.units.clear();
    } else if (engine === 'siem') this.alerts.clear();
    else {
      this.cameras.clear();
      this.sensors.clear();
      this.floodRisks.clear();
      this.corridors.clear();
    }
    this.apply(delta);
  }

  snapshot() {
    return {
      incidents: [...this.incidents.values()],
      units: [...this.units.values()],
      alerts: [...this.alerts.values()],
      cameras: [...this.cameras.values()],
      sensors: [...this.sensors.values()],
      floodRisks: [...this.floodRisks.values()],
      corridors: [...this.corridors.values()],
    };
  }
}
