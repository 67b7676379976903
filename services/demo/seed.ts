import { nearestWard } from '../../common/domain/wards';
import type { DispatchEngine } from '../dispatch/dispatch-engine';
import type { InferenceEngine } from '../inference/inference-engine';
import type { SiemEngine } from '../siem/siem-engine';
import type { DemoData } from './demo-data';
import { seedDemoSensors } from './demo-sensors';

/** Loads the demo's units, cameras and SOC assets into whichever engines run here; idempotent. */
export async function seedDemo(data: DemoData, engines: { dispatch?: DispatchEngine; siem?: SiemEngine; inference?: InferenceEngine }) {
  const now = Date.now();
  if (engines.dispatch) {
    await engines.dispatch.seedUnits(
      data.units.map((u) => ({
        ...u,
        status: 'available',
        heading_deg: 0,
        speed_kmh: 0,
        incident_id: '',
        updated_ms: now,
        version: 1,
      })),
    );
  }
  if (engines.inference) {
    await engines.inference.seedCameras(
      data.cameras.map((c) => ({
        ...c,
        ward: nearestWard(c.location, data.wards),
        status: 'online',
        updated_ms: now,
        version: 1,
        last_detection_ms: 0,
        last_counts: {},
      })),
    );
    await seedDemoSensors(engines.inference.sensors, data.wards, now);
  }
  if (engines.siem) {
    await engines.siem.upsertAssets(data.assets.map((a) => ({ ...a, ward: nearestWard(a, data.wards) })));
  }
}
