import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Unit } from '../../../../common/domain/unit';
import { countsBy, unitBoard } from './unit-board';

const u = (id: string, agency: Unit['agency'], status: Unit['status']): Unit => ({ id, callSign: id, agency, kind: 'k', status, position: { lat: 21, lon: 105.8 }, headingDeg: 0, speedKmh: 0, incidentId: '', updatedMs: 0, version: 1 });

it('counts units per agency and status, busy units listed first', () => {
  const rows = unitBoard([u('CA-2', 'police', 'available'), u('FE-1', 'fire', 'en_route'), u('CA-1', 'police', 'on_scene'), u('CA-3', 'police', 'available')]);
  assert.deepEqual(rows.map((r) => r.agency), ['police', 'fire'], 'in the catalogue order of agencies');
  assert.equal(rows[0].counts.available, 2);
  assert.equal(rows[0].counts.on_scene, 1);
  assert.equal(rows[0].total, 3);
  assert.deepEqual(rows[0].units.map((x) => x.id), ['CA-1', 'CA-2', 'CA-3']);
});

it('counts incidents by ward and by type, most first', () => {
  const list = [{ type: 'fire', ward: 'Hoàn Kiếm' }, { type: 'flooding', ward: 'Ba Đình' }, { type: 'flooding', ward: 'Hoàn Kiếm' }, { type: 'fire', ward: '' }];
  assert.deepEqual(countsBy(list, 'ward'), [{ key: 'Hoàn Kiếm', n: 2 }, { key: 'Ba Đình', n: 1 }]);
  assert.deepEqual(countsBy(list, 'type', 1), [{ key: 'fire', n: 2 }]);
});
