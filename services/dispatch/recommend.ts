import { capabilitiesOf, type DispatchRequirements } from '../../common/domain/dispatch-requirements';
import type { WardRef } from '../../common/domain/wards';
import type { RecommendUnitsResponse } from '../../proto/gen/watchfloor/dispatch/v1/RecommendUnitsResponse';
import type { UnitSuggestion } from '../../proto/gen/watchfloor/dispatch/v1/UnitSuggestion';
import { CoverageCache, CoverageMap, describeGaps } from './coverage';
import { formatDistance, type Estimate, type Router } from './routing/router';
import type { StoredIncident, StoredUnit } from './store';
import { isOpenStatus, type IncidentStatus } from '../../common/domain/incident';
import { REALLOCATABLE, REALLOCATION_MAX_PRIORITY } from './assignment';
import { invalidArgument } from '../kit/grpc-errors';

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
  /** Open incidents: units on lower-priority ones may be proposed for a P1/P2 incident (reallocation). */
  incidents?: readonly StoredIncident[];
  /** Only units of this kind (the SOP's "request unit type" step). */
  unitKind?: string;
}

interface Candidate {
  unit: StoredUnit;
  capabilities: readonly string[];
  etaS: number;
  /** Set for a unit working a lower-priority incident (reallocation). */
  from?: StoredIncident;
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
  const needs = needsFor(input);
  const needed = new Set(needs.map((r) => r.capability));
  const kindOk = (u: StoredUnit) => !input.unitKind || u.kind === input.unitKind;
  const dest = router.towards(incident.location);
  const candidates: Candidate[] = [];
  const assigned: StoredUnit[] = [];
  for (const unit of input.units) {
    if (unit.incident_id === incident.id) assigned.push(unit);
    if (unit.status !== 'available' || unit.incident_id || !kindOk(unit)) continue;
    const capabilities = capabilitiesOf(requirements, unit.kind);
    if (!capabilities.some((c) => needed.has(c))) continue;
    // Seconds only for ranking; the full estimate (distance, why) is built for the listed few.
    candidates.push({ unit, capabilities, etaS: dest.etaFromSnapped(unit.position, router.snap(unit.position)) });
  }
  candidates.sort((a, b) => a.etaS - b.etaS || a.unit.id.localeCompare(b.unit.id));
  const order = incident.assigned_unit_ids ?? [];
  assigned.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));

  // Units already on the incident fill requirements first; then the fastest free unit per slot;
  // for P1/P2, a unit from a lower-priority incident where no free one gets there in time.
  const limitS = requirements.coverage.minutes * 60;
  const takeable = reallocationCandidates(input, needed, dest, kindOk);
  const usedAssigned = new Set<string>();
  const proposed = new Set<string>();
  const plan = needs.map((r) => {
    const already = assigned.filter((u) => !usedAssigned.has(u.id) && capabilitiesOf(requirements, u.kind).includes(r.capability)).slice(0, r.count);
    for (const u of already) usedAssigned.add(u.id);
    const free = candidates.filter((c) => c.capabilities.includes(r.capability) && !proposed.has(c.unit.id));
    const others = takeable.filter((c) => c.capabilities.includes(r.capability) && !proposed.has(c.unit.id));
    const chosen: Candidate[] = [];
    for (let slot = 0; slot < r.count - already.length; slot++) {
      const f = free.find((c) => !chosen.includes(c));
      const o = others.find((c) => !chosen.includes(c));
      // A free unit is taken unless it is beyond the coverage time and a reallocation is faster.
      const pick = f && (f.etaS <= limitS || !o || o.etaS >= f.etaS) ? f : o;
      if (!pick) break;
      chosen.push(pick);
    }
    for (const c of chosen) proposed.add(c.unit.id);
    return { r, already, chosen, others };
  });

  const free = input.units.filter((u) => u.status === 'available' && !u.incident_id).map((u) => ({ id: u.id, position: u.position, capabilities: capabilitiesOf(requirements, u.kind) }));
  const { capabilities: covCaps, minutes } = requirements.coverage;
  const coverage = input.coverageCache
    ? input.coverageCache.get(router, input.wards, free, covCaps, minutes)
    : new CoverageMap(router, input.wards, free, covCaps, minutes);

  const requirementsOut = plan.map(({ r, already, chosen, others }) => {
    const able = candidates.filter((c) => c.capabilities.includes(r.capability));
    const listed = able.slice(0, input.maxPerRequirement);
    for (const c of chosen) if (!listed.includes(c)) listed.push(c);
    // Reallocation options are listed when free units fall short or arrive after the coverage time.
    const slowOrShort = able.length < r.count - already.length || (able[r.count - already.length - 1]?.etaS ?? Infinity) > limitS;
    if (slowOrShort) for (const c of others.slice(0, Math.max(1, Math.min(3, input.maxPerRequirement)))) if (!listed.includes(c)) listed.push(c);
    const suggestions: UnitSuggestion[] = listed.map((c) => {
      const estimate = dest.estimateFrom(c.unit.position);
      const gaps = c.from ? [] : coverage.gapsIfMoved(new Set([c.unit.id]));
      const matched = c.capabilities.filter((cap) => needed.has(cap));
      const leaves = c.from ? whatItLeaves(input, c) : '';
      const kept = c.from ? keptFor(input, c, r.capability) : { keeps: 0, needs: 0 };
      return {
        taken_from_incident_id: c.from?.id ?? '',
        taken_from_priority: c.from?.priority ?? 0,
        taken_from_leaves: leaves,
        taken_from_keeps: kept.keeps,
        taken_from_needs: kept.needs,
        unit_id: c.unit.id,
        call_sign: c.unit.call_sign,
        kind: c.unit.kind,
        agency: c.unit.agency,
        rank: c.from ? able.length + others.indexOf(c) + 1 : able.indexOf(c) + 1,
        eta_s: Math.round(estimate.etaS),
        distance_m: Math.round(estimate.distanceM),
        capabilities_matched: matched,
        estimate: estimate.method,
        estimate_note: estimate.note,
        coverage_gaps: gaps,
        explanation: explain(c.unit, estimate, matched, c.from ? `taken from ${c.from.id} (P${c.from.priority}); ${leaves}` : describeGaps(gaps)),
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

  const proposedGaps = coverage.gapsIfMoved(new Set([...proposed].filter((id) => !takeable.some((c) => c.unit.id === id))));
  const chosenAll = plan.flatMap((p) => p.chosen);
  const takenAll = chosenAll.filter((c) => c.from);
  const slowest = chosenAll.reduce((m, c) => Math.max(m, c.etaS), 0);
  const explanation =
    needs.length === 0
      ? `${incident.type} needs no unit from this fleet (see the requirements file)`
      : `${incident.type} needs ${needs.map((r) => `${r.capability} ×${r.count}`).join(', ')}; ` +
        (chosenAll.length ? `proposed ${chosenAll.map((c) => c.unit.call_sign).join(', ')}, all there within ${formatDuration(slowest)}; ${describeGaps(proposedGaps)}` : 'no further unit proposed') +
        (takenAll.length ? `; reallocated: ${takenAll.map((c) => `${c.unit.call_sign} from ${c.from!.id} (P${c.from!.priority})`).join(', ')}` : '') +
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

/** The incident type's requirements, or with a unit kind: what that kind can give the incident. */
function needsFor(input: RecommendInput): { capability: string; count: number }[] {
  const { incident, requirements, unitKind } = input;
  const needs = requirements.incidentTypes[incident.type as keyof DispatchRequirements['incidentTypes']] ?? [];
  if (!unitKind) return needs;
  const caps = capabilitiesOf(requirements, unitKind);
  const matching = needs.filter((r) => caps.includes(r.capability));
  if (matching.length) return matching;
  return caps.length ? [{ capability: caps[0], count: 1 }] : [];
}

/**
 * Units working lower-priority open incidents, by ETA, for a P1/P2 incident only. A unit on scene
 * counts as well: a P1 fire outranks a P4 noise complaint.
 */
function reallocationCandidates(input: RecommendInput, needed: ReadonlySet<string>, dest: ReturnType<Router['towards']>, kindOk: (u: StoredUnit) => boolean): Candidate[] {
  const { incident, requirements, router } = input;
  if (incident.priority > REALLOCATION_MAX_PRIORITY || !input.incidents) return [];
  const lower = new Map(input.incidents.filter((i) => i.id !== incident.id && i.priority > incident.priority && isOpenStatus(i.status as IncidentStatus)).map((i) => [i.id, i]));
  const out: Candidate[] = [];
  for (const unit of input.units) {
    const from = lower.get(unit.incident_id);
    if (!from || !REALLOCATABLE.includes(unit.status) || !kindOk(unit)) continue;
    const capabilities = capabilitiesOf(requirements, unit.kind);
    if (!capabilities.some((c) => needed.has(c))) continue;
    out.push({ unit, capabilities, etaS: dest.etaFromSnapped(unit.position, router.snap(unit.position)), from });
  }
  // Least urgent donor first, then fastest.
  return out.sort((a, b) => b.from!.priority - a.from!.priority || a.etaS - b.etaS || a.unit.id.localeCompare(b.unit.id));
}

/** What the donor incident keeps of one capability after the unit leaves, and how many it needs. */
function keptFor(input: RecommendInput, c: Candidate, capability: string): { keeps: number; needs: number } {
  const from = c.from!;
  const need = (input.requirements.incidentTypes[from.type as keyof DispatchRequirements['incidentTypes']] ?? []).find((r) => r.capability === capability);
  const keeps = input.units.filter((u) => u.incident_id === from.id && u.id !== c.unit.id && capabilitiesOf(input.requirements, u.kind).includes(capability)).length;
  return { keeps, needs: need?.count ?? 0 };
}

/** "INC-000004 keeps 0 of 1 police it needs", per capability the unit gives that incident. */
function whatItLeaves(input: RecommendInput, c: Candidate): string {
  const from = c.from!;
  const needs = input.requirements.incidentTypes[from.type as keyof DispatchRequirements['incidentTypes']] ?? [];
  const staying = input.units.filter((u) => u.incident_id === from.id && u.id !== c.unit.id);
  const parts = needs
    .filter((r) => c.capabilities.includes(r.capability))
    .map((r) => `${from.id} keeps ${staying.filter((u) => capabilitiesOf(input.requirements, u.kind).includes(r.capability)).length} of ${r.count} ${r.capability} it needs`);
  return parts.length ? parts.join('; ') : `${from.id} keeps ${staying.length} other unit${staying.length === 1 ? '' : 's'}`;
}

/** The request's unit_kind: empty, or a kind from the requirements file. */
export function validUnitKind(kind: string | undefined, requirements: DispatchRequirements): string | undefined {
  if (!kind) return undefined;
  if (!(kind in requirements.unitKinds)) throw invalidArgument('unit_kind', `"${kind.slice(0, 80)}" is not a unit kind (one of ${Object.keys(requirements.unitKinds).join(', ')})`);
  return kind;
}
