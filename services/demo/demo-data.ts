import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GeoPoint } from '../../common/domain/geo';
import type { WardRef } from '../../common/domain/wards';

export interface DemoData {
  wards: WardRef[];
  units: { id: string; call_sign: string; agency: string; kind: string; position: GeoPoint }[];
  cameras: { id: string; name: string; location: GeoPoint; heading_deg: number; fov_deg: number; stream_url: string }[];
  assets: { id: string; kind: string; name: string; criticality: number; lat: number; lon: number }[];
  map: { roads: unknown; water: unknown };
}

/** assets/demo, found from the source tree (tsx) or from build/services/demo (compiled). */
export const DEMO_FILE = [path.resolve(__dirname, '../../assets/demo/hanoi-demo.json'), path.resolve(__dirname, '../../../assets/demo/hanoi-demo.json')].find((f) =>
  fs.existsSync(f),
) ?? path.resolve(__dirname, '../../assets/demo/hanoi-demo.json');

let cached: DemoData | undefined;

/** The built-in Hanoi demo data set (assets/demo), read once. */
export function loadDemoData(file = DEMO_FILE): DemoData {
  if (!cached || file !== DEMO_FILE) {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as DemoData;
    if (!Array.isArray(data.wards) || !Array.isArray(data.units) || !Array.isArray(data.cameras)) {
      throw new Error(`demo data ${file} is missing wards, units or cameras`);
    }
    if (file !== DEMO_FILE) return data;
    cached = data;
  }
  return cached;
}
