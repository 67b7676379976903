// Which ward a camera stands in: point-in-polygon against the ward polygons the engine knows, or the
// nearest ward centre (as the dispatch engine does) when it knows only centres.
import { nearestWard, type WardRef } from '../../../common/domain/wards';
import { bboxOf, containsPoint, type Bbox, type PolygonalGeometry } from '../../../common/geodata/geometry';
import { foldText } from '../../../common/text/fold';

interface WardArea {
  name: string;
  bbox: Bbox;
  geometry: PolygonalGeometry;
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
      areas.push({ name, geometry: f.geometry, bbox: bboxOf(f.geometry) });
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
      if (containsPoint(a.geometry, lon, lat)) return a.name;
    }
    return '';
  }

  /** The canonical spelling of a ward name given loosely ("hoan kiem" → "Hoàn Kiếm"), or undefined. */
  canonical(name: string): string | undefined {
    return this.byFolded.get(foldText(name));
  }
}
