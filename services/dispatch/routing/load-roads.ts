import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { OsmPbfError } from '../../../common/geodata/osm-pbf';
import { osmRoadsFromPbf } from '../../../common/geodata/osm-roads';
import { readRoadLines, RoadImportError, type ReadRoadsOptions } from './road-features';
import { RoadGraph } from './road-graph';

export interface LoadedRoads {
  graph: RoadGraph;
  skippedByClass: Record<string, number>;
  buildMs: number;
}

/** Builds the road graph from GeoJSON already parsed (e.g. the demo's schematic roads). */
export function roadGraphFromGeoJson(data: unknown, source: string, opts: ReadRoadsOptions = {}): LoadedRoads {
  const t0 = performance.now();
  const { lines, skippedByClass } = readRoadLines(data, source, opts);
  if (lines.length === 0) throw RoadImportError.whole(source, 'no drivable road lines (LineStrings or MultiLineStrings with a routable class)');
  const graph = RoadGraph.build(lines, source);
  return { graph, skippedByClass, buildMs: performance.now() - t0 };
}

/** Reads and builds the road graph from an OSM roads GeoJSON file (LineStrings with highway tags) or an .osm.pbf. */
export function loadRoadGraph(file: string, opts: ReadRoadsOptions = {}): LoadedRoads {
  const source = path.basename(file);
  if (/\.pbf$/i.test(file)) return loadPbfRoadGraph(file, source, opts);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw RoadImportError.whole(file, `cannot read the file: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw RoadImportError.whole(file, `not valid JSON: ${(err as Error).message}`);
  }
  return roadGraphFromGeoJson(data, source, opts);
}

function loadPbfRoadGraph(file: string, source: string, opts: ReadRoadsOptions): LoadedRoads {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw RoadImportError.whole(file, `cannot read the file: ${(err as Error).message}`);
  }
  try {
    return roadGraphFromGeoJson(osmRoadsFromPbf(bytes, (d) => zlib.inflateSync(d)).collection, source, opts);
  } catch (err) {
    if (err instanceof OsmPbfError) throw RoadImportError.whole(file, `not a readable OSM PBF: ${err.message}`);
    throw err;
  }
}
