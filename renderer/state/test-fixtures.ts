// Record builders for unit tests (not bundled: only *.test.ts import this).
import type { Snapshot } from '../../common/bridge/contract';
import type { Alert } from '../../common/domain/alert';
import type { Camera } from '../../common/domain/camera';
import type { EngineName, EngineStatus } from '../../common/domain/engines';
import type { Incident } from '../../common/domain/incident';
import type { Unit } from '../../common/domain/unit';

export function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'INC-000001', type: 'flooding', priority: 2, status: 'new', location: { lat: 21.03, lon: 105.85 },
    ward: 'Hoàn Kiếm', description: '', source: 'operator', createdMs: 1_000, updatedMs: 1_000, version: 1, updatedBy: 'op',
    ...over,
  };
}

export function unit(over: Partial<Unit> = {}): Unit {
  return {
    id: 'U-1', callSign: 'CA-01', agency: 'police', kind: 'patrol', status: 'available', position: { lat: 21.03, lon: 105.85 },
    headingDeg: 0, speedKmh: 0, incidentId: '', updatedMs: 1_000, version: 1,
    ...over,
  };
}

export function alert(over: Partial<Alert> = {}): Alert {
  return {
    id: 'AL-1', ruleId: 'r1', title: 'Brute force', severity: 'high', status: 'new', assetId: 'cam-1', assetKind: 'camera',
    sourceIp: '10.0.0.1', mitreTechnique: 'T1110', count: 1, firstSeenMs: 1_000, lastSeenMs: 1_000, createdMs: 1_000,
    updatedMs: 1_000, version: 1, acknowledgedBy: '', location: null, ward: '', detectDelayMs: 0,
    ...over,
  };
}

export function camera(over: Partial<Camera> = {}): Camera {
  return {
    id: 'CAM-1', name: 'Ngã tư Tràng Tiền', location: { lat: 21.02, lon: 105.85 }, ward: 'Hoàn Kiếm', status: 'online',
    streamUrl: '', headingDeg: 0, fovDeg: 60, updatedMs: 1_000, version: 1, lastDetectionMs: 0, lastCounts: {},
    ...over,
  };
}

export function engineStatus(engine: EngineName, over: Partial<EngineStatus> = {}): EngineStatus {
  return { engine, state: 'ready', lastEventMs: 1_000, lastSeq: 1, sinceMs: 0, detail: '', ...over };
}

export function snapshot(over: Partial<Snapshot> = {}): Snapshot {
  return {
    incidents: [], units: [], alerts: [], cameras: [],
    status: {
      engines: { dispatch: engineStatus('dispatch'), siem: engineStatus('siem'), inference: engineStatus('inference') },
      pendingCommands: 0,
    },
    outbox: [], selection: null, wardScope: null,
    mapContext: { wards: [], wardAreas: { type: 'FeatureCollection', features: [] }, roads: null, water: null },
    ...over,
  };
}
