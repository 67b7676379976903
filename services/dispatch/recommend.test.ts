import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { DispatchRequirements } from '../../common/domain/dispatch-requirements';
import { CoverageCache } from './coverage';
import { recommendUnits } from './recommend';
import { RoadGraph } from './routing/road-graph';
import { Router } from './routing/router';
import { line } from './routing/test-roads';
import type { StoredIncident, StoredUnit } from './store';

// One primary road along lat 21.0 from lon 105.80 to 105.86 (~6.2 km), split every 100 m.
const router = new Router(RoadGraph.build([line('primary', [[105.8, 21.0], [105.86, 21.0]])], 'test road'));
const wards = [
  { name: 'West', center: { lat: 21.0, lon: 105.8 } },
  { name: 'East', center: { lat: 21.0, lon: 105.86 } },
];

function reqs(fire: { capability: string; count: number }[]): DispatchRequirements {
  const incidentTypes = { fire } as DispatchRequirements['incidentTypes'];
  return {
    unitKinds: { fire_engine: { agency: 'fire', capabilities: ['fire_suppression', 'rescue'] }, ambulance: { agency: 'ambulance', capabilities: ['medical'] } },
    incidentTypes,
    coverage: { minutes: 5, capabilities: ['medical', 'fire_suppression'] },
  };
}

const incident: StoredIncident = {
  id: 'INC-000001', type: 'fire', priority: 1, status: 'new', location: { lat: 21.0, lon: 105.83 }, ward: 'West', description: '', source: 'hotline',
  created_ms: 0, updated_ms: 0, version: 3, updated_by: 't', assigned_unit_ids: [],
};

function unit(id: string, kind: string, lon: number, lat = 21.0, extra: Partial<StoredUnit> = {}): StoredUnit {
  return { id, call_sign: id, agency: kind === 'ambulance' ? 'ambulance' : 'fire', kind, status: 'available', position: { lat, lon }, heading_deg: 0, speed_kmh: 0, incident_id: '', updated_ms: 0, version: 1, ...extra };
}

const fleet = [
  unit('FE-FAR', 'fire_engine', 105.8),
  unit('FE-NEAR', 'fire_engine', 105.825),
  unit('FE-MID', 'fire_engine', 105.845),
  unit('FE-OFFROAD', 'fire_engine', 105.83, 21.02),
  unit('FE-BUSY', 'fire_engine', 105.831, 21.0, { status: 'dispatched', incident_id: 'INC-000009' }),
  unit('AMB', 'ambulance', 105.835),
];

it('ranks units for each requirement by ETA and proposes the fastest set covering all', () => {
  const r = recommendUnits({ incident, units: fleet, requirements: reqs([{ capability: 'fire_suppression', count: 2 }, { capability: 'medical', count: 1 }]), router, wards, maxPerRequirement: 5 });
  const fire = r.requirements![0];
  assert.deepEqual(fire.suggestions!.map((s) => s.unit_id), ['FE-NEAR', 'FE-MID', 'FE-FAR', 'FE-OFFROAD'], 'busy units are not suggested; 2.2 km off-road × 1.4 at 25 km/h is slower than 3.1 km at 35');
  const etas = fire.suggestions!.map((s) => Number(s.eta_s));
  assert.deepEqual([...etas].sort((a, b) => a - b), etas);
  assert.deepEqual(fire.suggestions!.map((s) => s.rank), [1, 2, 3, 4]);
  assert.deepEqual(r.proposed_unit_ids, ['FE-NEAR', 'FE-MID', 'AMB']);
  assert.equal(r.incident_version, 3);

  const near = fire.suggestions![0];
  assert.equal(near.estimate, 'road_graph');
  // 520 m apart on the road; snapping to the nearest 100 m road node adds at most one piece.
  assert.ok(Number(near.distance_m) >= 520 && Number(near.distance_m) < 700, `~0.5 km by road, got ${near.distance_m}`);
  assert.ok(near.route!.length > 3, 'the route of a proposed unit is returned');
  assert.match(near.explanation!, /^FE-NEAR \(fire_engine\): ETA 1 min \d+ s, \d+ m by road; has fire_suppression; coverage kept$/);

  const off = fire.suggestions!.find((s) => s.unit_id === 'FE-OFFROAD')!;
  assert.equal(off.estimate, 'straight_line');
  assert.match(off.estimate_note!, /more than 300 m from the road graph: straight line × 1\.4 at 25 km\/h/);
  assert.match(off.explanation!, /estimated by straight line/);
  assert.deepEqual(off.route, []);
});

it('says what coverage a move leaves, per unit and for the proposed set', () => {
  const r = recommendUnits({ incident, units: fleet, requirements: reqs([{ capability: 'fire_suppression', count: 2 }, { capability: 'medical', count: 1 }]), router, wards, maxPerRequirement: 5 });
  const amb = r.requirements![1].suggestions![0];
  assert.deepEqual(amb.coverage_gaps, [{ capability: 'medical', ward: 'East', minutes: 5, covering_before: 1 }], 'the only ambulance is ~2.5 km (≈4.3 min) from East, ~3.5 km from West');
  assert.match(amb.explanation!, /no medical within 5 min of ward East after this$/);
  const byId = (id: string) => r.requirements![0].suggestions!.find((s) => s.unit_id === id)!;
  assert.deepEqual(byId('FE-FAR').coverage_gaps, [], 'FE-NEAR also reaches West within 5 min');
  assert.deepEqual(byId('FE-MID').coverage_gaps!.map((g) => `${g.capability}@${g.ward}`), ['fire_suppression@East'], 'FE-MID alone covers East');
  assert.deepEqual(r.proposed_coverage_gaps!.map((g) => `${g.capability}@${g.ward}`).sort(), ['fire_suppression@East', 'medical@East']);
  assert.match(r.explanation!, /^fire needs fire_suppression ×2, medical ×1; proposed FE-NEAR, FE-MID, AMB, all there within /);
});

it('counts units already on the incident and reports a shortfall', () => {
  const mine = unit('FE-MINE', 'fire_engine', 105.83, 21.0, { status: 'dispatched', incident_id: incident.id });
  const r = recommendUnits({ incident, units: [...fleet, mine], requirements: reqs([{ capability: 'fire_suppression', count: 2 }, { capability: 'medical', count: 2 }]), router, wards, maxPerRequirement: 2 });
  assert.deepEqual(r.requirements![0].assigned_unit_ids, ['FE-MINE']);
  assert.deepEqual(r.proposed_unit_ids, ['FE-NEAR', 'AMB']);
  assert.deepEqual(r.requirements![0].suggestions!.map((s) => s.unit_id), ['FE-NEAR', 'FE-MID'], 'capped at max_per_requirement');
  assert.equal(r.requirements![1].shortfall, '1 more medical needed: only 1 available unit has it');
  assert.equal(r.requirements![1].missing, 1);
  assert.equal(r.requirements![0].missing, 0);
  assert.match(r.explanation!, /short: 1 more medical needed/);
});

it('with no road graph every estimate is straight-line and says so', () => {
  const r = recommendUnits({ incident, units: fleet, requirements: reqs([{ capability: 'medical', count: 1 }]), router: new Router(), wards, maxPerRequirement: 5 });
  assert.equal(r.routing, 'no road graph loaded: every estimate is straight line × 1.4 at 25 km/h');
  assert.equal(r.requirements![0].suggestions![0].estimate, 'straight_line');
  assert.match(r.requirements![0].suggestions![0].estimate_note!, /^no road graph loaded/);
});

it('reuses the coverage map while units stand still, and rebuilds it when one moves', () => {
  const cache = new CoverageCache();
  const requirements = reqs([{ capability: 'medical', count: 1 }]);
  const cov = (units: StoredUnit[]) => cache.get(router, wards, units.map((u) => ({ id: u.id, position: u.position, capabilities: requirements.unitKinds[u.kind].capabilities })), ['medical'], 5);
  const first = cov(fleet);
  assert.equal(cov(fleet), first);
  const moved = fleet.map((u) => (u.id === 'AMB' ? { ...u, position: { lat: 21.0, lon: 105.859 } } : u));
  const second = cov(moved);
  assert.notEqual(second, first);
  assert.deepEqual(second.gapsIfMoved(new Set(['AMB'])).map((g) => g.ward), ['East'], 'still the only ambulance near East');
  const cached = recommendUnits({ incident, units: fleet, requirements, router, wards, maxPerRequirement: 5, coverageCache: cache });
  const fresh = recommendUnits({ incident, units: fleet, requirements, router, wards, maxPerRequirement: 5 });
  assert.deepEqual(cached, fresh);
});
