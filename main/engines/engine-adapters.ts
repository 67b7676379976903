import type * as grpc from '@grpc/grpc-js';
import type { Delta } from '../../common/bridge/contract';
import type { EngineName } from '../../common/domain/engines';
import { callUnary, dispatchClient, inferenceClient, siemClient, type DispatchServiceClient, type InferenceServiceClient, type SiemServiceClient } from '../../proto/clients';
import type { DispatchEvent__Output } from '../../proto/gen/watchfloor/dispatch/v1/DispatchEvent';
import type { AlertEvent__Output } from '../../proto/gen/watchfloor/siem/v1/AlertEvent';
import type { InferenceEvent__Output } from '../../proto/gen/watchfloor/inference/v1/InferenceEvent';
import { incidentFromWire, unitFromWire } from '../../proto/map/dispatch';
import { alertFromWire } from '../../proto/map/siem';
import { cameraFromWire, detectionsFromWire } from '../../proto/map/inference';
import { corridorFromWire, floodRiskFromWire, sensorFromWire } from '../../proto/map/sensors';
import { CAMERA_WORKING_SET_MAX } from '../state/live-state';

/** What the engine link needs from one engine: its stream, how to read it, and a full resync. */
export interface EngineAdapter<Client extends grpc.Client = grpc.Client> {
  name: EngineName;
  client: Client;
  watch(afterSeq: number): grpc.ClientReadableStream<unknown>;
  decode(event: unknown): { seq: number; timeMs: number; delta: Delta };
  resync(deadlineMs: number): Promise<{ lastSeq: number; delta: Delta }>;
}

export type EngineClients = { dispatch: DispatchServiceClient; siem: SiemServiceClient; inference: InferenceServiceClient };

export function dispatchAdapter(address: string): EngineAdapter<DispatchServiceClient> {
  const client = dispatchClient(address);
  return {
    name: 'dispatch',
    client,
    watch: (afterSeq) => client.WatchDispatch({ after_seq: String(afterSeq) }),
    decode: (raw) => {
      const e = raw as DispatchEvent__Output;
      const delta: Delta = e.incident ? { incidents: [incidentFromWire(e.incident)] } : e.unit ? { units: [unitFromWire(e.unit)] } : {};
      return { seq: Number(e.seq), timeMs: Number(e.time_ms), delta };
    },
    resync: async (deadlineMs) => {
      const inc = await callUnary(client, client.ListIncidents, { include_closed: true }, deadlineMs);
      const units = await callUnary(client, client.ListUnits, {}, deadlineMs);
      // The older of the two snapshots is safe to resume from: replaying a little twice is idempotent.
      const lastSeq = Math.min(Number(inc.last_seq), Number(units.last_seq));
      return { lastSeq, delta: { incidents: inc.incidents.map(incidentFromWire), units: units.units.map(unitFromWire) } };
    },
  };
}

export function siemAdapter(address: string): EngineAdapter<SiemServiceClient> {
  const client = siemClient(address);
  return {
    name: 'siem',
    client,
    watch: (afterSeq) => client.WatchAlerts({ after_seq: String(afterSeq) }),
    decode: (raw) => {
      const e = raw as AlertEvent__Output;
      return { seq: Number(e.seq), timeMs: Number(e.time_ms), delta: e.alert ? { alerts: [alertFromWire(e.alert)] } : {} };
    },
    resync: async (deadlineMs) => {
      const r = await callUnary(client, client.ListAlerts, { include_closed: true }, deadlineMs);
      return { lastSeq: Number(r.last_seq), delta: { alerts: r.alerts.map(alertFromWire) } };
    },
  };
}

export function inferenceAdapter(address: string, hooks: { onCamerasImported?(): void } = {}): EngineAdapter<InferenceServiceClient> {
  const client = inferenceClient(address);
  return {
    name: 'inference',
    client,
    watch: (afterSeq) => client.WatchInference({ after_seq: String(afterSeq) }),
    decode: (raw) => {
      const e = raw as InferenceEvent__Output;
      // A registry import is one summary event: the console re-reads the cameras it holds, not all of them.
      if (e.cameras_imported) hooks.onCamerasImported?.();
      const delta: Delta = e.camera ? { cameras: [cameraFromWire(e.camera)] } : e.detections ? { detections: [detectionsFromWire(e.detections)] } : sensorDelta(e);
      return { seq: Number(e.seq), timeMs: Number(e.time_ms), delta };
    },
    resync: async (deadlineMs) => {
      // The working set of cameras (active and troubled ones), never the whole registry; all sensors and forecasts.
      const r = await callUnary(client, client.ListCameras, { ids: [], limit: CAMERA_WORKING_SET_MAX }, deadlineMs);
      const s = await callUnary(client, client.ListSensors, {}, deadlineMs);
      const f = await callUnary(client, client.ListForecasts, {}, deadlineMs);
      const lastSeq = Math.min(Number(r.last_seq), Number(s.last_seq), Number(f.last_seq));
      return {
        lastSeq,
        delta: { cameras: r.cameras.map(cameraFromWire), sensors: s.sensors.map(sensorFromWire), floodRisks: f.flood.map(floodRiskFromWire), corridors: f.congestion.map(corridorFromWire) },
      };
    },
  };
}

function sensorDelta(e: InferenceEvent__Output): Delta {
  if (e.sensor) return { sensors: [sensorFromWire(e.sensor)] };
  if (e.flood_forecast) return { floodRisks: [floodRiskFromWire(e.flood_forecast)] };
  if (e.congestion_forecast) return { corridors: [corridorFromWire(e.congestion_forecast)] };
  return {};
}
