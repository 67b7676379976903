import * as fs from 'node:fs';
import { WardLocator } from './ward-locator';

/** Reads ward polygons (GeoJSON FeatureCollection, properties.name) or says which file is wrong and why. */
export function loadWardPolygons(file: string): WardLocator {
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`wards file ${file}: ${(err as Error).message}`);
  }
  try {
    return WardLocator.fromGeoJson(doc);
  } catch (err) {
    throw new Error(`wards file ${file}: ${(err as Error).message}`);
  }
}
