import { test } from 'node:test';
import assert from 'node:assert/strict';
import { camera } from '../../../../state/test-fixtures';
import { searchMap, type Searchable } from './map-search';
import { registryQueryable, withRegistryCameras } from './registry-results';

const state: Searchable = {
  mapContext: { wards: [{ name: 'Hoàn Kiếm', center: { lat: 21.03, lon: 105.85 } }], wardAreas: null, roads: null, water: null },
  incidents: new Map(),
  cameras: new Map([['CAM-0007', camera({ id: 'CAM-0007', name: 'Ngã tư Kim Mã' })]]),
  units: new Map(),
};

test('registry cameras the console does not hold join the results, without duplicates of held ones', () => {
  const local = searchMap('kim ma', state);
  const merged = withRegistryCameras(local, [camera({ id: 'CAM-0007', name: 'Ngã tư Kim Mã' }), camera({ id: 'CAM-2931', name: 'Kim Mã - Giảng Võ' })], 'kim ma');
  // Ranked as local cameras are: "Kim Mã - Giảng Võ" starts with the query, "Ngã tư Kim Mã" only has it later.
  assert.deepEqual(merged.map((r) => r.id), ['CAM-2931', 'CAM-0007']);
});

test('a camera the registry found by ward or tag (label does not match) is still listed, after better matches', () => {
  const local = searchMap('hoan kiem', state);
  const merged = withRegistryCameras(local, [camera({ id: 'CAM-0100', name: 'Tràng Tiền' })], 'hoan kiem');
  assert.deepEqual(merged.map((r) => [r.kind, r.id]), [['ward', 'Hoàn Kiếm'], ['camera', 'CAM-0100']]);
});

test('coordinates and one-letter queries do not go to the registry', () => {
  assert.equal(registryQueryable('k', []), false);
  assert.equal(registryQueryable('21.03, 105.85', searchMap('21.03, 105.85', state)), false);
  assert.equal(registryQueryable('cam-01', []), true);
});
