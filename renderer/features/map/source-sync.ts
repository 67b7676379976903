// Coalesces source updates to at most one setData per source per animation frame.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapSourceId } from './sources';

export class SourceSync {
  private readonly dirty = new Map<MapSourceId, () => unknown>();
  private frame = 0;

  constructor(private readonly map: MapLibreMap) {}

  /** `build` runs at flush time, so several store changes in one frame build the data once. */
  schedule(source: MapSourceId, build: () => unknown): void {
    this.dirty.set(source, build);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  /** True while a full rebuild of the source waits for the next frame (it will carry every change). */
  isPending(source: MapSourceId): boolean {
    return this.dirty.has(source);
  }

  private flush(): void {
    this.frame = 0;
    for (const [id, build] of this.dirty) {
      const source = this.map.getSource<GeoJSONSource>(id);
      source?.setData(build() as Parameters<GeoJSONSource['setData']>[0]);
    }
    this.dirty.clear();
  }

  dispose(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.dirty.clear();
  }
}
