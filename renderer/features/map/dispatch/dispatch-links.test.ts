import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Incident } from '../../../../common/domain/incident';
import type { Unit } from '../../../../common/domain/unit';
import { dispatchLinkFeatures } from './dispatch-links';

const unit = (id: string, status: Unit['status'], incidentId: string, route: { lat: number; lon: number }[] = []): Unit => ({
  id, callSign: id, agency: 'fire', kind: 'fire_engine', status, position: route[0] ?? { lat: 21.02, lon: 105.85 }, headingDeg: 0, speedKmh: 0, incidentId, updatedMs: 0, version: 1, route, routeEtaS: 241.6, routeDistanceM: 1800,
});
const incident = (id: string, status: Incident['status'], assignedUnitIds: string[]): Incident => ({
  id, type: 'fire', priority: 1, status, location: { lat: 21.03, lon: 105.85 }, ward: 'Hoàn Kiếm', description: '', source: 'hotline', createdMs: 0, updatedMs: 0, version: 2, updatedBy: 'op', assignedUnitIds,
});

it('draws the route ahead of en-route units and a line from each open incident to its units', () => {
  const route = [{ lat: 21.02, lon: 105.84 }, { lat: 21.025, lon: 105.845 }, { lat: 21.03, lon: 105.85 }];
  const units = new Map([
    ['FE-1', unit('FE-1', 'en_route', 'INC-1', route)],
    ['FE-2', unit('FE-2', 'on_scene', 'INC-1')],
    ['FE-3', unit('FE-3', 'available', '', route)],
    ['FE-4', unit('FE-4', 'dispatched', 'INC-2', route)],
  ]);
  const fc = dispatchLinkFeatures([incident('INC-1', 'en_route', ['FE-1', 'FE-2']), incident('INC-2', 'closed', ['FE-4'])], units);
  const byId = new Map(fc.features.map((f) => [f.id, f]));
  assert.deepEqual([...byId.keys()].sort(), ['link:INC-1:FE-1', 'link:INC-1:FE-2', 'route:FE-1', 'route:FE-4']);
  assert.deepEqual(byId.get('route:FE-1')!.geometry.coordinates, [[105.84, 21.02], [105.845, 21.025], [105.85, 21.03]]);
  assert.equal(byId.get('route:FE-1')!.properties.etaS, 242);
  assert.deepEqual(byId.get('link:INC-1:FE-2')!.geometry.coordinates, [[105.85, 21.03], [105.85, 21.02]], 'incident to unit, straight');
});
