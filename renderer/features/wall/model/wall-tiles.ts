// Which cameras the 3×3 wall shows and what each tile says about detections. Pure.
import type { Camera, DetectionBatch } from '../../../../common/domain/camera';

export const WALL_SIZE = 9;

/**
 * The first nine cameras by id: a stable layout that does not jump as records update. Cameras
 * sent to the wall (pinned) come first, in the order sent.
 */
export function wallCameras(cameras: Iterable<Camera>, size = WALL_SIZE, pinned: readonly string[] = []): Camera[] {
  const all = [...cameras].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(all.map((c) => [c.id, c]));
  const first = pinned.map((id) => byId.get(id)).filter((c): c is Camera => !!c);
  const rest = all.filter((c) => !pinned.includes(c.id));
  return [...first, ...rest].slice(0, size);
}

export function countByClass(batch: DetectionBatch): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of batch.detections) counts[d.cls] = (counts[d.cls] ?? 0) + 1;
  return counts;
}

export interface TileDetections {
  /** Largest count first. */
  counts: [cls: string, n: number][];
  atMs: number | null;
}

/** The newer of the live batch and the camera record's last counts. */
export function tileDetections(camera: Camera, latest: DetectionBatch | undefined): TileDetections {
  const useBatch = latest && latest.frameMs >= camera.lastDetectionMs;
  const counts = useBatch ? countByClass(latest) : camera.lastCounts;
  const atMs = useBatch ? latest.frameMs : camera.lastDetectionMs > 0 ? camera.lastDetectionMs : null;
  const sorted = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { counts: sorted, atMs };
}
