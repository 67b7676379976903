import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import test from 'node:test';
import { containsPoint } from '../../../common/geodata/geometry';
import { prng } from '../../../bench/registry-data';
import { loadWardPolygons } from './ward-file';

const FILE = path.resolve(__dirname, '../../../../shared/data/hanoi/hanoi_wards_2025.geojson');

test('the banded point-in-polygon gives the same ward as the plain even-odd test on the 126 real wards', () => {
  const fc = JSON.parse(fs.readFileSync(FILE, 'utf8')) as { features: { properties: { name: string }; geometry: { type: string; coordinates: unknown } }[] };
  const locator = loadWardPolygons(FILE);
  const rnd = prng(3);
  let inside = 0;
  for (let i = 0; i < 1500; i++) {
    const lat = 20.56 + rnd() * 0.8;
    const lon = 105.3 + rnd() * 0.7;
    const plain = fc.features.find((f) => containsPoint(f.geometry, lon, lat))?.properties.name ?? '';
    assert.equal(locator.locate(lat, lon), plain, `${lat}, ${lon}`);
    if (plain) inside++;
  }
  // Hanoi fills about half of this box (~3,360 km² of ~6,500): hundreds of points land in a ward.
  assert.ok(inside > 600, `many sample points fall in a ward (${inside})`);
  // Points a few metres from ring vertices: where band edges and shared borders make mistakes.
  const rings = fc.features.flatMap((f) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry.coordinates as unknown[])).flat() as number[][][],
  );
  let nearEdge = 0;
  for (let i = 0; i < 600; i++) {
    const ring = rings[Math.floor(rnd() * rings.length)];
    const [vx, vy] = ring[Math.floor(rnd() * ring.length)];
    const lon = vx + (rnd() - 0.5) * 2e-4;
    const lat = vy + (rnd() - 0.5) * 2e-4;
    const plain = fc.features.find((f) => containsPoint(f.geometry, lon, lat))?.properties.name ?? '';
    assert.equal(locator.locate(lat, lon), plain, `near a vertex: ${lat}, ${lon}`);
    if (plain) nearEdge++;
  }
  assert.ok(nearEdge > 300, `points beside ward borders mostly fall in a ward (${nearEdge})`);
  assert.equal(locator.canonical('hoan kiem'), 'Hoàn Kiếm');
});

test('a wards file that is not ward polygons is refused with the file named', () => {
  const tmp = path.join(fs.mkdtempSync('/tmp/wf-wards-'), 'w.geojson');
  fs.writeFileSync(tmp, '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [105, 21]}}]}');
  assert.throws(() => loadWardPolygons(tmp), /w\.geojson: ward polygons: no Polygon\/MultiPolygon feature with properties\.name/);
});
