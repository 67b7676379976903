import { capabilitiesOf, type DispatchRequirements } from '../../common/domain/dispatch-requirements';
import type { WardRef } from '../../common/domain/wards';
import type { RecommendUnitsResponse } from '../../proto/gen/watchfloor/dispatch/v1/RecommendUnitsResponse';
import type { UnitSuggestion } from '../../proto/gen/watchfloor/dispatch/v1/UnitSuggestion';
import { CoverageCache, CoverageMap, describeGaps } from './coverage';
import { formatDistance, type Estimate, type Router } from './routing/router';
import type { StoredIncident, StoredUnit } from './store';

export const DEFAULT_SUGGESTIONS_PER_REQUIREMENT = 5;

export interface RecommendInput {
  incident: StoredIncident;
  units: readonly StoredUnit[];
  requirements: DispatchRequirements;
  router: Router;
  wards: readonly WardRef[];
  maxPerRequirement: number;
  /** Reuses the coverage map while units stand still (the engine keeps one per router). */
  coverageCache?: CoverageCache;
}

interface Candidate {
  unit: StoredUnit;
  capabilities: readonly string[];
  etaS: number;
}

export function formatDuration(s: number): string {
  const total = Math.round(s);
  const m = Math.floor(total / 60);
  return m > 0 ? `${m} min ${total % 60} s` : `${total} s`;
}

function explain(unit: StoredUnit, e: Estimate, matched: string[], gaps: string): string {
  const how = e.method === 'road_graph' ? 'by road' : `estimated by straight line (${e.note})`;
  return `${unit.call_sign} (${unit.kind}): ETA ${formatDuration(e.etaS)}, ${formatDistance(e.distanceM)} ${how}; has ${matched.join(', ')}; ${gaps}`;
}

/** Ranks available units for an incident's requirements by ETA and proposes a set covering them all. */
export function recommendUnits(input: RecommendInput): RecommendUnitsResponse {
  const { incident, requirements, router } = input;
  const needs = requirements.incidentTypes[incident.type as keyof DispatchRequirements['incidentTypes']] ?? [];
  const needed = new Set(needs.map((r) => r.capability));
  const dest = router.towards(incident.location);
  const candidates: Candidate[] = [];
  const assigned: StoredUnit[] = [];
  for (const unit of input.units) {
    if (unit.incident_id === incident.id) assigned.push(unit);
    if (unit.status !== 'available' || unit.incident_id) continue;
    const capabilities = capabilitiesOf(requirements, unit.kind);
    if (!capabilities.some((c) => needed.has(c))) continue;
    // Seconds only for ranking; the full estimate (distance, why) is built for the listed few.
    candidates.push({ unit, capabilities, etaS: dest.etaFromSnapped(unit.position, router.snap(unit.position)) });
  }
  candidates.sort((a, b) => a.etaS - b.etaS || a.unit.id.localeCompare(b.unit.id));
  const order = incident.assigned_unit_ids ?? [];
  assigned.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));

  // Units already on the incident fill requirements first; then the fastest free unit per slot.
  const usedAssigned = new Set<string>();
  const proposed = new Set<string>();
  const plan = needs.map((r) => {
    const already = assigned.filter((u) => !usedAssigned.has(u.id) && capabilitiesOf(requirements, u.kind).includes(r.capability)).slice(0, r.count);
    for (const u of already) usedAssigned.add(u.id);
    const chosen = candidates.filter((c) => c.capabilities.includes(r.capability) && !proposed.has(c.unit.id)).slice(0, r.count - already.length);
    for (const c of chosen) proposed.add(c.unit.id);
    return { r, already, chosen };
  });

  const free = input.units.filter((u) => u.status === 'available' && !u.incident_id).map((u) => ({ id: u.id, position: u.position, capabilities: capabilitiesOf(requirements, u.kind) }));
  const { capabilities: covCaps, minutes } = requirements.coverage;
  const coverage = input.coverageCache
    ? input.coverageCache.get(router, input.wards, free, covCaps, minutes)
    : new CoverageMap(router, input.wards, free, covCaps, minutes);

  const requirementsOut = plan.map(({ r, already, chosen }) => {
    const able = candidates.filter((c) => c.capabilities.includes(r.capability));
    const listed = able.slice(0, input.maxPerRequirement);
    for (const c of chosen) if (!listed.includes(c)) listed.push(c);
    const suggestions: UnitSuggestion[] = listed.map((c) => {
      const estimate = dest.estimateFrom(c.unit.position);
      const gaps = coverage.gapsIfMoved(new Set([c.unit.id]));
      const matched = c.capabilities.filter((cap) => needed.has(cap));
      return {
        unit_id: c.unit.id,
        call_sign: c.unit.call_sign,
        kind: c.unit.kind,
        agency: c.unit.agency,
        rank: able.indexOf(c) + 1,
        eta_s: Math.round(estimate.etaS),
        distance_m: Math.round(estimate.distanceM),
        capabilities_matched: matched,
        estimate: estimate.method,
        estimate_note: estimate.note,
        coverage_gaps: gaps,
        explanation: explain(c.unit, estimate, matched, describeGaps(gaps)),
        route: chosen.includes(c) ? dest.routeFrom(c.unit.position) : [],
        proposed: proposed.has(c.unit.id),
      };
    });
    const missing = r.count - already.length - chosen.length;
    return {
      capability: r.capability,
      count: r.count,
      assigned_unit_ids: already.map((u) => u.id),
      suggestions,
      missing: Math.max(0, missing),
      shortfall: missing > 0 ? `${missing} more ${r.capability} needed: only ${able.length} available unit${able.length === 1 ? '' : 's'} ha${able.length === 1 ? 's' : 've'} it` : '',
    };
  });

  const proposedGaps = coverage.gapsIfMoved(proposed);
  const chosenAll = plan.flatMap((p) => p.chosen);
  const slowest = chosenAll.reduce((m, c) => Math.max(m, c.etaS), 0);
  const explanation =
    needs.length === 0
      ? `${incident.type} needs no unit from this fleet (see the requirements file)`
      : `${incident.type} needs ${needs.map((r) => `${r.capability} ×${r.count}`).join(', ')}; ` +
        (chosenAll.length ? `proposed ${chosenAll.map((c) => c.unit.call_sign).join(', ')}, all there within ${formatDuration(slowest)}; ${describeGaps(proposedGaps)}` : 'no further unit proposed') +
        (requirementsOut.some((r) => r.shortfall) ? `; short: ${requirementsOut.filter((r) => r.shortfall).map((r) => r.shortfall).join('; ')}` : '');
  return {
    incident_id: incident.id,
    incident_version: incident.version,
    requirements: requirementsOut,
    proposed_unit_ids: [...proposed],
    proposed_coverage_gaps: proposedGaps,
    explanation,
    routing: router.describe(),
    coverage_minutes: requirements.coverage.minutes,
  };
}
