// Which ward a camera stands in: point-in-polygon against the ward polygons the engine knows, or the
// nearest ward centre (as the dispatch engine does) when it knows only centres.
import { nearestWard, type WardRef } from '../../../common/domain/wards';
import { bboxOf, type Bbox, type PolygonalGeometry } from '../../../common/geodata/geometry';
import { foldText } from '../../../common/text/fold';

interface WardArea {
  name: string;
  bbox: Bbox;
  bands: EdgeBands;
}

const BANDS = 64;

/**
 * Every edge of every ring (outer and holes) filed under the latitude bands it spans: the even-odd
 * ray test for a point needs only the edges of its band, so a ward of 2,000 vertices costs ~30 tests.
 */
class EdgeBands {
  private readonly bands: Float64Array[];
  private readonly minY: number;
  private readonly bandH: number;

  constructor(geometry: PolygonalGeometry, bbox: Bbox) {
    this.minY = bbox[1];
    this.bandH = (bbox[3] - bbox[1]) / BANDS || 1;
    const lists: number[][] = Array.from({ length: BANDS }, () => []);
    const polys = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
    for (const poly of polys) {
      for (const ring of poly) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i];
          const [xj, yj] = ring[j];
          if (yi === yj) continue;
          const lo = this.band(Math.min(yi, yj));
          const hi = this.band(Math.max(yi, yj));
          for (let b = lo; b <= hi; b++) lists[b].push(xi, yi, xj, yj);
        }
      }
    }
    this.bands = lists.map((l) => Float64Array.from(l));
  }

  private band(y: number): number {
    return Math.max(0, Math.min(BANDS - 1, Math.floor((y - this.minY) / this.bandH)));
  }

  /** Even-odd over all rings of all parts: inside an outer ring and not in a hole. */
  contains(x: number, y: number): boolean {
    const e = this.bands[this.band(y)];
    let inside = false;
    for (let k = 0; k < e.length; k += 4) {
      const xi = e[k];
      const yi = e[k + 1];
      const xj = e[k + 2];
      const yj = e[k + 3];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }
}

export class WardLocator {
  private readonly byFolded = new Map<string, string>();

  private constructor(
    private readonly areas: readonly WardArea[],
    private readonly centres: readonly WardRef[],
  ) {
    for (const n of [...areas.map((a) => a.name), ...centres.map((c) => c.name)]) this.byFolded.set(foldText(n), n);
  }

  static fromCentres(wards: readonly WardRef[]): WardLocator {
    return new WardLocator([], wards);
  }

  /** Ward polygons from a GeoJSON FeatureCollection whose features carry a name (properties.name). */
  static fromGeoJson(collection: unknown, nameField = 'name'): WardLocator {
    const features = (collection as { features?: unknown[] })?.features;
    if (!Array.isArray(features)) throw new Error('ward polygons: not a GeoJSON FeatureCollection');
    const areas: WardArea[] = [];
    for (const f of features as { geometry?: PolygonalGeometry; properties?: Record<string, unknown> }[]) {
      const name = f.properties?.[nameField];
      if (typeof name !== 'string' || !f.geometry || !/Polygon$/.test(f.geometry.type)) continue;
      const bbox = bboxOf(f.geometry);
      areas.push({ name, bbox, bands: new EdgeBands(f.geometry, bbox) });
    }
    if (!areas.length) throw new Error(`ward polygons: no Polygon/MultiPolygon feature with properties.${nameField}`);
    return new WardLocator(areas, []);
  }

  get wardCount(): number {
    return this.byFolded.size;
  }

  /** The ward containing the point; '' outside every known ward polygon. */
  locate(lat: number, lon: number): string {
    if (!this.areas.length) return this.centres.length ? nearestWard({ lat, lon }, this.centres) : '';
    for (const a of this.areas) {
      const b = a.bbox;
      if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) continue;
      if (a.bands.contains(lon, lat)) return a.name;
    }
    return '';
  }

  /** The canonical spelling of a ward name given loosely ("hoan kiem" → "Hoàn Kiếm"), or undefined. */
  canonical(name: string): string | undefined {
    return this.byFolded.get(foldText(name));
  }
}
