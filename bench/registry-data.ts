// Synthetic Hanoi camera registries for the registry test and bench: deterministic, Vietnamese names.
import { CAMERA_KINDS } from '../common/domain/camera';
import { seededRandom } from '../services/demo/random';

export interface SyntheticCamera {
  id: string;
  name: string;
  lat: number;
  lon: number;
  kind: string;
  status: string;
  tags: string[];
  headingDeg: number;
}

const STREETS = ['Hàng Bài', 'Đinh Tiên Hoàng', 'Tràng Tiền', 'Trần Hưng Đạo', 'Kim Mã', 'Láng Hạ', 'Giải Phóng', 'Nguyễn Trãi', 'Cầu Giấy', 'Đội Cấn', 'Lê Duẩn', 'Phạm Văn Đồng', 'Hoàng Quốc Việt', 'Xuân Thủy', 'Minh Khai', 'Bạch Mai', 'Tây Sơn', 'Đường Láng', 'Võ Chí Công', 'Nghi Tàm'];
const PLACES = ['ngã tư', 'cổng trường', 'cầu vượt', 'hầm chui', 'chợ', 'bến xe', 'điểm ngập'];
const TAGS = ['giao thông', 'an ninh', 'ngập úng', 'trường học', 'PTZ', 'hồng ngoại', 'AI'];
const STATUSES = ['online', 'online', 'online', 'online', 'offline', 'degraded'];

/** The demo's seeded PRNG (mulberry32), so every run sees the same cameras. */
export const prng = seededRandom;

/** n cameras over Hanoi's built-up area, denser in the centre, ids CAM-0000001…. */
export function syntheticCameras(n: number, seed = 6): SyntheticCamera[] {
  const rnd = prng(seed);
  const out: SyntheticCamera[] = [];
  for (let i = 0; i < n; i++) {
    const central = rnd() < 0.6;
    const lat = central ? 20.98 + rnd() * 0.1 : 20.8 + rnd() * 0.45;
    const lon = central ? 105.78 + rnd() * 0.1 : 105.6 + rnd() * 0.4;
    const street = STREETS[Math.floor(rnd() * STREETS.length)];
    const place = PLACES[Math.floor(rnd() * PLACES.length)];
    out.push({
      id: `CAM-${String(i + 1).padStart(7, '0')}`,
      name: `${street} ${place} ${1 + Math.floor(rnd() * 200)}`,
      lat: Math.round(lat * 1e6) / 1e6,
      lon: Math.round(lon * 1e6) / 1e6,
      kind: CAMERA_KINDS[Math.floor(rnd() * CAMERA_KINDS.length)],
      status: STATUSES[Math.floor(rnd() * STATUSES.length)],
      tags: [TAGS[Math.floor(rnd() * TAGS.length)]],
      headingDeg: Math.floor(rnd() * 360),
    });
  }
  return out;
}

export function camerasCsv(cameras: readonly SyntheticCamera[]): string {
  const lines = ['id,name,lat,lon,heading_deg,fov_deg,stream_url,sub_stream_url,kind,status,tags'];
  for (const c of cameras) {
    const host = `10.${(Number(c.id.slice(4)) >> 16) & 255}.${(Number(c.id.slice(4)) >> 8) & 255}.${Number(c.id.slice(4)) & 255}`;
    lines.push(`${c.id},${c.name},${c.lat},${c.lon},${c.headingDeg},70,rtsp://${host}:554/main,rtsp://${host}:554/sub,${c.kind},${c.status},${c.tags.join(';')}`);
  }
  return lines.join('\n') + '\n';
}
