import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { OsmPbfError, readOsmPbf } from './osm-pbf';
import { looksLikeOsmPbf, osmRoadsFromPbf } from './osm-roads';

const HANOI = path.resolve(__dirname, '../../../shared/data/hanoi');
const inflate = (d: Uint8Array) => zlib.inflateSync(d);
const central = fs.readFileSync(path.join(HANOI, 'hanoi_central_highways_2025-10.osm.pbf'));
const vanmieu = fs.readFileSync(path.join(HANOI, 'hanoi_vanmieu_full_osm_2023-12.osm.pbf'));

test('the central highways extract decodes to the counts osmium gives (51,482 nodes, 13,348 ways, 0 relations)', () => {
  const r = readOsmPbf(central, { inflate });
  assert.deepEqual([r.nodeCount, r.wayCount, r.relationCount], [51_482, 13_348, 0]);
  for (const [lon, lat] of r.nodes.values()) {
    assert.ok(lon >= 105.77 && lon <= 105.885 && lat >= 21.0 && lat <= 21.09, `node at ${lon},${lat} lies outside the documented bbox`);
  }
});

test('the Văn Miếu full extract decodes to 6,629 nodes, 1,266 ways and 91 relations', () => {
  const r = readOsmPbf(vanmieu, { inflate });
  assert.deepEqual([r.nodeCount, r.wayCount, r.relationCount], [6_629, 1_266, 91]);
});

test('roads keep every highway=* way as a LineString with its class, name and oneway', () => {
  const roads = osmRoadsFromPbf(central, inflate);
  assert.equal(roads.collection.features.length, 13_348, 'every way of this file is a highway with all its nodes');
  assert.equal(roads.incompleteWays.length, 0);
  const named = roads.collection.features.find((f) => f.properties.name === 'Phố Tràng Tiền');
  assert.ok(named, 'Phố Tràng Tiền is in central Hanoi');
  assert.equal(typeof named.properties.highway, 'string');
  assert.ok(roads.collection.features.some((f) => f.properties.oneway === 'yes'), 'one-way streets keep oneway=yes');
  const vm = osmRoadsFromPbf(vanmieu, inflate);
  assert.ok(vm.collection.features.length > 100 && vm.collection.features.length < 1_266, 'buildings and water are not roads');
  assert.ok(vm.collection.features.every((f) => typeof f.properties.highway === 'string' && f.geometry.coordinates.length >= 2));
  assert.ok(vm.collection.features.some((f) => f.properties.name === 'Phố Quốc Tử Giám'));
});

test('a truncated file names the blob, its offset and what was missing', () => {
  const cut = central.subarray(0, Math.floor(central.length * 0.6));
  assert.throws(
    () => readOsmPbf(cut, { inflate }),
    (e: unknown) => e instanceof OsmPbfError && e.blobIndex > 0 && e.offset > 0 && /^blob \d+ at byte \d+: truncated: the OSMData Blob needs \d+ bytes, \d+ left$/.test(e.message),
  );
});

test('a corrupt zlib stream names the blob and says the zlib data is corrupt', () => {
  const bad = Buffer.from(central);
  // The OSMHeader blob ends at byte 73; damage bytes well inside the first data blob's compressed stream.
  for (let i = 400; i < 600; i++) bad[i] ^= 0x5a;
  assert.throws(
    () => readOsmPbf(bad, { inflate }),
    (e: unknown) => e instanceof OsmPbfError && e.blobIndex === 1 && e.offset === 73 && /^blob 1 at byte 73: OSMData Blob cannot be unpacked: zlib data is corrupt \(/.test(e.message),
  );
});

test('a file that is not a PBF at all is refused at blob 0, byte 0', () => {
  const notPbf = Buffer.from('{"type":"FeatureCollection","features":[]}');
  assert.equal(looksLikeOsmPbf(notPbf), false);
  assert.equal(looksLikeOsmPbf(central), true);
  assert.throws(() => readOsmPbf(notPbf, { inflate }), (e: unknown) => e instanceof OsmPbfError && e.blobIndex === 0 && e.offset === 0 && /BlobHeader length/.test(e.message));
  assert.throws(() => readOsmPbf(new Uint8Array(0), { inflate }), /the file is empty/);
});
