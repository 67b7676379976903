// Roads from an OSM PBF: every way tagged highway=* as a GeoJSON LineString with its class, name and oneway.
import { readOsmPbf, type Inflate } from './osm-pbf';

/** Tags carried over to a road feature's properties (the rest of OSM's tags stay out of the cache). */
const KEPT_TAGS = ['highway', 'name', 'name:en', 'ref', 'oneway', 'junction', 'lanes', 'maxspeed', 'bridge', 'tunnel', 'layer', 'surface', 'access', 'motorcar', 'motorcycle'];

export interface RoadFeature {
  type: 'Feature';
  properties: Record<string, string | number>;
  geometry: { type: 'LineString'; coordinates: [number, number][] };
}

export interface OsmRoads {
  collection: { type: 'FeatureCollection'; features: RoadFeature[] };
  /** Whole-file counts, as osmium fileinfo gives them. */
  counts: { nodes: number; ways: number; relations: number; blobs: number };
  /** highway ways left out because fewer than 2 of their nodes are in the file (a clipped extract). */
  incompleteWays: number[];
}

export function osmRoadsFromPbf(file: Uint8Array, inflate: Inflate, onProgress?: (bytesDone: number, bytesTotal: number) => void): OsmRoads {
  const content = readOsmPbf(file, { inflate, keepWay: (t) => typeof t.highway === 'string' && t.highway !== '', onProgress });
  const features: RoadFeature[] = [];
  const incompleteWays: number[] = [];
  for (const way of content.ways) {
    const coordinates: [number, number][] = [];
    for (const ref of way.refs) {
      const c = content.nodes.get(ref);
      if (c) coordinates.push([round7(c[0]), round7(c[1])]);
    }
    if (coordinates.length < 2) {
      incompleteWays.push(way.id);
      continue;
    }
    const properties: Record<string, string | number> = { osm_id: way.id };
    for (const k of KEPT_TAGS) if (way.tags[k] !== undefined) properties[k] = way.tags[k];
    features.push({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } });
  }
  return {
    collection: { type: 'FeatureCollection', features },
    counts: { nodes: content.nodeCount, ways: content.wayCount, relations: content.relationCount, blobs: content.blobCount },
    incompleteWays,
  };
}

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** True when the bytes begin like an OSM PBF (a BlobHeader naming OSMHeader), whatever the file is called. */
export function looksLikeOsmPbf(head: Uint8Array): boolean {
  if (head.length < 14) return false;
  const text = new TextDecoder('latin1').decode(head.subarray(4, Math.min(head.length, 40)));
  return text.includes('OSMHeader');
}
