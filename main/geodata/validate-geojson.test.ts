import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectNameField, validateFeatureCollection } from './validate-geojson';

const ring = [[105.8, 21.0], [105.9, 21.0], [105.9, 21.1], [105.8, 21.0]];
const ward = (props: Record<string, unknown>, coordinates: unknown = [ring], type = 'Polygon') => ({ type: 'Feature', properties: props, geometry: { type, coordinates } });
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

test('a valid ward collection passes with the name field detected', () => {
  const r = validateFeatureCollection(fc(ward({ ten_xa: 'Hoàn Kiếm' }), ward({ ten_xa: 'Ba Đình' }, [[ring]], 'MultiPolygon')), 'wards');
  assert.equal(r.issueCount, 0);
  assert.equal(r.nameField, 'ten_xa');
  assert.deepEqual(r.features.map((f) => f.name), ['Hoàn Kiếm', 'Ba Đình']);
});

test('detectNameField prefers the field most features carry', () => {
  assert.equal(detectNameField([{ properties: { name: 'A', fullName: 'Phường A' } }, { properties: { fullName: 'Phường B' } }]), 'fullName');
  assert.equal(detectNameField([{ properties: {} }]), null);
});

test('every problem names the feature index and the reason', () => {
  const r = validateFeatureCollection(
    fc(
      ward({ name: 'A' }),
      ward({ name: 'B' }, [[[105.8, 21.0], [105.9, 21.0], [105.9, 21.1], [105.85, 21.05]]]),
      ward({ name: 'C' }, [[[105.8, 21.0], ['x', 21.0], [105.9, 21.1], [105.8, 21.0]]]),
      ward({ name: 'D' }, [[[21.0, 105.8], [21.0, 105.9], [21.1, 105.9], [21.0, 105.8]]]),
      ward({ name: 'E' }, [[[105.8, 21.0], [105.9, 21.0], [105.8, 21.0]]]),
      { type: 'Feature', properties: { name: 'F' }, geometry: { type: 'LineString', coordinates: [[105.8, 21], [105.9, 21]] } },
      ward({}),
      ward({ name: 'H' }, [[[305.8, 21.0], [105.9, 21.0], [105.9, 21.1], [305.8, 21.0]]]),
    ),
    'wards',
  );
  assert.equal(r.features.length, 0, 'nothing is accepted when anything is wrong');
  assert.deepEqual(r.issues.map((i) => [i.index, i.reason]), [
    [1, 'unclosed_ring'],
    [2, 'bad_coordinates'],
    [3, 'out_of_range'],
    [4, 'too_few_points'],
    [5, 'wrong_geometry'],
    [6, 'missing_name'],
    [7, 'out_of_range'],
  ]);
  assert.match(r.issues[0].message, /^feature 1: ring geometry\.coordinates\[0\] is not closed/);
  assert.match(r.issues[1].message, /geometry\.coordinates\[0\]\[1\] must be \[lon, lat\] numbers, got \["x",21\]/);
  assert.match(r.issues[2].message, /looks like \[lat, lon\]/);
  assert.match(r.issues[4].message, /"LineString" does not fit the wards layer/);
  assert.match(r.issues[6].message, /-180…180/);
});

test('roads take lines, points of interest take points, names optional there', () => {
  const line = { type: 'Feature', properties: { highway: 'primary' }, geometry: { type: 'LineString', coordinates: [[105.8, 21], [105.81, 21]] } };
  assert.equal(validateFeatureCollection(fc(line), 'roads').issueCount, 0);
  const short = { ...line, geometry: { type: 'LineString', coordinates: [[105.8, 21]] } };
  assert.equal(validateFeatureCollection(fc(short), 'roads').issues[0].reason, 'too_few_points');
  const pt = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105.8, 21] } };
  assert.equal(validateFeatureCollection(fc(pt), 'health').issueCount, 0);
  assert.equal(validateFeatureCollection(fc(line), 'busStops').issues[0].reason, 'wrong_geometry');
});

test('a file that is not a FeatureCollection, or is empty, is one file-level issue', () => {
  assert.deepEqual(validateFeatureCollection({ type: 'Feature' }, 'wards').issues.map((i) => [i.index, i.reason]), [[null, 'not_collection']]);
  assert.deepEqual(validateFeatureCollection(fc(), 'wards').issues.map((i) => i.reason), ['empty']);
  assert.equal(validateFeatureCollection(fc(null), 'wards').issues[0].reason, 'not_feature');
});

test('only the first 100 issues are listed, all are counted', () => {
  const bad = Array.from({ length: 150 }, () => ward({}));
  const r = validateFeatureCollection(fc(...bad), 'wards');
  assert.equal(r.issueCount, 150);
  assert.equal(r.issues.length, 100);
});
