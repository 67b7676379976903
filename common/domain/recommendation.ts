import { invalid, ok, type Result } from '../result';
import type { GeoPoint } from './geo';
import type { Incident } from './incident';
import type { Unit } from './unit';

export const ESTIMATE_METHODS = ['road_graph', 'straight_line'] as const;
export type EstimateMethod = (typeof ESTIMATE_METHODS)[number];

/** A ward left without a capability within the coverage time if the units move. */
export interface CoverageGap {
  capability: string;
  ward: string;
  minutes: number;
  /** How many available units covered it before (all of them would leave). */
  coveringBefore: number;
}

export interface UnitSuggestion {
  unitId: string;
  callSign: string;
  kind: string;
  agency: string;
  /** 1 = fastest for this requirement. */
  rank: number;
  etaS: number;
  distanceM: number;
  capabilitiesMatched: string[];
  estimate: EstimateMethod;
  /** Why the straight-line fallback was used (English, from the engine). */
  estimateNote: string;
  coverageGaps: CoverageGap[];
  /** The engine's one-sentence explanation (English). */
  explanation: string;
  route: GeoPoint[];
  proposed: boolean;
  /** Reallocation: the lower-priority incident the unit would be taken from, and what that leaves it (English). */
  takenFromIncidentId?: string;
  takenFromPriority?: number;
  takenFromLeaves?: string;
  /** Of this requirement's capability: units the donor incident keeps, and how many it needs. */
  takenFromKeeps?: number;
  takenFromNeeds?: number;
}

export interface RequirementSuggestions {
  capability: string;
  count: number;
  assignedUnitIds: string[];
  suggestions: UnitSuggestion[];
  /** Units still needed beyond those assigned and proposed. */
  missing: number;
  /** The engine's English note when some are missing. */
  shortfall: string;
}

export interface Recommendation {
  incidentId: string;
  /** The version it was computed for; dispatching the proposed set uses it. */
  incidentVersion: number;
  requirements: RequirementSuggestions[];
  proposedUnitIds: string[];
  proposedCoverageGaps: CoverageGap[];
  explanation: string;
  routing: string;
  coverageMinutes: number;
}

export interface RecommendUnitsArgs {
  incidentId: string;
  /** Only units of this kind (an SOP step's "request unit type"). */
  unitKind?: string;
}

export interface AssignUnitsArgs {
  incidentId: string;
  unitIds: string[];
  expectedVersion: number;
  /** Units listed that work a lower-priority incident are taken from it (P1/P2 only). */
  allowReallocation?: boolean;
}

/** An applied assignment: the incident and the units, as the engine left them. */
export interface Assignment {
  incident: Incident;
  units: Unit[];
  /** Incidents units were taken from, after the change. */
  reallocatedFrom?: Incident[];
}

export const MAX_ASSIGN_UNITS = 20;
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validateIncidentId(v: unknown): Result<string> {
  if (typeof v !== 'string' || v === '') return invalid('incidentId', 'incidentId is required', 'error.idRequired', { field: 'incidentId' });
  if (!ID.test(v)) return invalid('incidentId', `incidentId "${v.slice(0, 80)}" is not an incident id`, 'error.idRequired', { field: 'incidentId' });
  return ok(v);
}

export function validateRecommendUnits(input: unknown): Result<RecommendUnitsArgs> {
  if (!isRecord(input)) return invalid('input', 'Recommend units: expected an object', 'error.notObject');
  const id = validateIncidentId(input.incidentId);
  if (!id.ok) return id;
  const kind = input.unitKind;
  if (kind !== undefined && kind !== '' && (typeof kind !== 'string' || !/^[a-z_]{1,40}$/.test(kind))) {
    return invalid('unitKind', `unitKind ${JSON.stringify(kind).slice(0, 80)} is not a unit kind`, 'error.badUnitKind', { value: String(kind).slice(0, 40) });
  }
  return ok(kind ? { incidentId: id.value, unitKind: kind } : { incidentId: id.value });
}

export function validateAssignUnits(input: unknown): Result<AssignUnitsArgs> {
  if (!isRecord(input)) return invalid('input', 'Assign units: expected an object', 'error.notObject');
  const id = validateIncidentId(input.incidentId);
  if (!id.ok) return id;
  const { unitIds, expectedVersion } = input;
  if (!Array.isArray(unitIds) || unitIds.length === 0) return invalid('unitIds', 'unitIds must list at least one unit', 'error.unitsRequired');
  if (unitIds.length > MAX_ASSIGN_UNITS) return invalid('unitIds', `at most ${MAX_ASSIGN_UNITS} units per assignment, got ${unitIds.length}`, 'error.unitsTooMany', { max: MAX_ASSIGN_UNITS });
  for (let i = 0; i < unitIds.length; i++) {
    const u = unitIds[i];
    if (typeof u !== 'string' || !ID.test(u)) return invalid(`unitIds[${i}]`, `unitIds[${i}] ${JSON.stringify(u)} is not a unit id`, 'error.idRequired', { field: `unitIds[${i}]` });
    if (unitIds.indexOf(u) !== i) return invalid(`unitIds[${i}]`, `unit ${u} is listed twice`, 'error.unitTwice', { value: u });
  }
  if (typeof expectedVersion !== 'number' || !Number.isInteger(expectedVersion) || expectedVersion < 1) {
    return invalid('expectedVersion', `expectedVersion must be a positive integer, got ${String(expectedVersion)}`, 'error.versionRequired');
  }
  if (input.allowReallocation !== undefined && typeof input.allowReallocation !== 'boolean') {
    return invalid('allowReallocation', `allowReallocation must be true or false, got ${JSON.stringify(input.allowReallocation)}`, 'error.notObject');
  }
  return ok({ incidentId: id.value, unitIds: unitIds as string[], expectedVersion, ...(input.allowReallocation === true ? { allowReallocation: true } : {}) });
}
