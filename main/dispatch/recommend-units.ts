import type { Recommendation, UnitSuggestion } from '../../common/domain/recommendation';
import { validateRecommendUnits } from '../../common/domain/recommendation';
import type { Logger } from '../../common/log';
import { fail, ok, type Result } from '../../common/result';
import { callUnary, type DispatchServiceClient } from '../../proto/clients';
import type { CoverageGap__Output } from '../../proto/gen/watchfloor/dispatch/v1/CoverageGap';
import type { RecommendUnitsResponse__Output } from '../../proto/gen/watchfloor/dispatch/v1/RecommendUnitsResponse';
import type { UnitSuggestion__Output } from '../../proto/gen/watchfloor/dispatch/v1/UnitSuggestion';
import { toBridgeError } from '../outbox/grpc-error-map';

/** A read, not a command: it has a deadline and is never queued (a stale suggestion is worse than none). */
export const RECOMMEND_DEADLINE_MS = 4000;

export type RecommendHandler = (args: unknown) => Promise<Result<Recommendation>>;

const gap = (g: CoverageGap__Output) => ({ capability: g.capability, ward: g.ward, minutes: g.minutes, coveringBefore: g.covering_before });

function suggestionFromWire(s: UnitSuggestion__Output): UnitSuggestion {
  return {
    unitId: s.unit_id,
    callSign: s.call_sign,
    kind: s.kind,
    agency: s.agency,
    rank: s.rank,
    etaS: s.eta_s,
    distanceM: s.distance_m,
    capabilitiesMatched: s.capabilities_matched,
    estimate: s.estimate === 'road_graph' ? 'road_graph' : 'straight_line',
    estimateNote: s.estimate_note,
    coverageGaps: s.coverage_gaps.map(gap),
    explanation: s.explanation,
    route: s.route.map((p) => ({ lat: p.lat, lon: p.lon })),
    proposed: s.proposed,
    takenFromIncidentId: s.taken_from_incident_id ?? '',
    takenFromPriority: s.taken_from_priority ?? 0,
    takenFromLeaves: s.taken_from_leaves ?? '',
    takenFromKeeps: s.taken_from_keeps ?? 0,
    takenFromNeeds: s.taken_from_needs ?? 0,
  };
}

export function recommendationFromWire(r: RecommendUnitsResponse__Output): Recommendation {
  return {
    incidentId: r.incident_id,
    incidentVersion: r.incident_version,
    requirements: r.requirements.map((q) => ({
      capability: q.capability,
      count: q.count,
      assignedUnitIds: q.assigned_unit_ids,
      suggestions: q.suggestions.map(suggestionFromWire),
      missing: q.missing,
      shortfall: q.shortfall,
    })),
    proposedUnitIds: r.proposed_unit_ids,
    proposedCoverageGaps: r.proposed_coverage_gaps.map(gap),
    explanation: r.explanation,
    routing: r.routing,
    coverageMinutes: r.coverage_minutes,
  };
}

/** Asks the dispatch engine for ranked units; engine errors come back as bridge errors. */
export function recommendUnitsVia(client: DispatchServiceClient, logger: Logger): RecommendHandler {
  return async (args) => {
    const valid = validateRecommendUnits(args);
    if (!valid.ok) return valid;
    try {
      const r = await callUnary(client, client.RecommendUnits, { incident_id: valid.value.incidentId, unit_kind: valid.value.unitKind ?? '' }, RECOMMEND_DEADLINE_MS);
      return ok(recommendationFromWire(r));
    } catch (err) {
      const error = toBridgeError(err);
      logger.debug('recommendUnits refused', { incidentId: valid.value.incidentId, code: error.code, message: error.message });
      return fail(error);
    }
  };
}
