import { test } from 'node:test';
import assert from 'node:assert/strict';
import { camera, incident, unit } from '../../../../state/test-fixtures';
import { matchScore, searchMap, type Searchable } from './map-search';

const state: Searchable = {
  mapContext: {
    wards: [
      { name: 'Hoàn Kiếm', center: { lat: 21.03, lon: 105.85 }, bbox: [105.84, 21.02, 105.86, 21.04] },
      { name: 'Đống Đa', center: { lat: 21.01, lon: 105.82 } },
      { name: 'Văn Miếu - Quốc Tử Giám', center: { lat: 21.03, lon: 105.83 } },
      { name: 'Kiến Hưng', center: { lat: 20.95, lon: 105.78 } },
    ],
    wardAreas: null,
    roads: null,
    water: null,
  },
  incidents: new Map([['INC-000042', incident({ id: 'INC-000042' })]]),
  cameras: new Map([['CAM-0007', camera({ id: 'CAM-0007', name: 'Ngã tư Kim Mã' })]]),
  units: new Map([['U-1', unit({ id: 'U-1', callSign: 'CA-HK-01' })]]),
};

test('ward names match without diacritics, with đ as d, and with a "phường" prefix', () => {
  assert.deepEqual(searchMap('hoan kiem', state).map((r) => r.label), ['Hoàn Kiếm']);
  assert.equal(searchMap('dong da', state)[0].label, 'Đống Đa');
  assert.equal(searchMap('Phường Hoàn Kiếm', state)[0].label, 'Hoàn Kiếm');
  assert.equal(searchMap('quoc tu giam', state)[0].label, 'Văn Miếu - Quốc Tử Giám');
  assert.equal(searchMap('hoan kiem', state)[0].bbox?.length, 4);
});

test('exact and prefix matches come before substrings', () => {
  assert.deepEqual(searchMap('kie', state).map((r) => r.label), ['Kiến Hưng', 'Hoàn Kiếm']);
  assert.ok(matchScore('Hoàn Kiếm', 'hoan kiem') > matchScore('Hoàn Kiếm', 'hoan'));
});

test('incident and camera ids, camera names and unit call signs are found', () => {
  assert.deepEqual(searchMap('inc-000042', state).map((r) => [r.kind, r.id]), [['incident', 'INC-000042']]);
  assert.deepEqual(searchMap('CAM-0007', state).map((r) => r.kind), ['camera']);
  assert.deepEqual(searchMap('kim ma', state).map((r) => r.id), ['CAM-0007']);
  assert.deepEqual(searchMap('ca-hk', state).map((r) => [r.kind, r.id]), [['unit', 'U-1']]);
});

test('"lat, lon" gives one coordinate result; lon, lat is understood; nonsense gives none', () => {
  assert.deepEqual(searchMap('21.0285, 105.8542', state).map((r) => [r.kind, r.center]), [['coords', { lat: 21.0285, lon: 105.8542 }]]);
  assert.deepEqual(searchMap('105.8542 21.0285', state)[0].center, { lat: 21.0285, lon: 105.8542 });
  assert.deepEqual(searchMap('200, 300', state), []);
  assert.deepEqual(searchMap('   ', state), []);
});
