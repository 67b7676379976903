import { AGENCIES, type Agency } from './unit';
import { INCIDENT_TYPES, isIncidentType, type IncidentType } from './incident';

/** What one unit kind is and can do, e.g. fire_engine: agency fire, capabilities fire_suppression, rescue. */
export interface UnitKindSpec {
  agency: Agency;
  capabilities: string[];
}

export interface Requirement {
  capability: string;
  count: number;
}

export interface DispatchRequirements {
  unitKinds: Record<string, UnitKindSpec>;
  /** Per incident type, the capabilities it needs, in the order they are filled. */
  incidentTypes: Record<IncidentType, Requirement[]>;
  /** Coverage left after a move is checked for these capabilities within this many minutes. */
  coverage: { minutes: number; capabilities: string[] };
}

export const MAX_UNITS_PER_REQUIREMENT = 10;

const NAME = /^[a-z][a-z0-9_]{0,39}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unknownKeys(obj: Record<string, unknown>, allowed: string[], at: string, errors: string[]): void {
  for (const k of Object.keys(obj)) if (!k.startsWith('_') && !allowed.includes(k)) errors.push(`${at}.${k}: unknown key (allowed: ${allowed.join(', ')})`);
}

function readKinds(raw: unknown, errors: string[]): Record<string, UnitKindSpec> {
  const kinds: Record<string, UnitKindSpec> = {};
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    errors.push('unit_kinds: must be an object naming at least one unit kind');
    return kinds;
  }
  for (const [kind, spec] of Object.entries(raw)) {
    const at = `unit_kinds.${kind}`;
    if (!NAME.test(kind)) errors.push(`${at}: a kind is lower_snake_case, e.g. "fire_engine"`);
    if (!isRecord(spec)) {
      errors.push(`${at}: must be an object with agency and capabilities`);
      continue;
    }
    unknownKeys(spec, ['agency', 'capabilities'], at, errors);
    const agency = spec.agency;
    if (typeof agency !== 'string' || !(AGENCIES as readonly string[]).includes(agency)) {
      errors.push(`${at}.agency: ${JSON.stringify(agency)} is not one of ${AGENCIES.join(', ')}`);
      continue;
    }
    const caps = spec.capabilities;
    if (!Array.isArray(caps) || caps.length === 0) {
      errors.push(`${at}.capabilities: must list at least one capability`);
      continue;
    }
    const bad = caps.findIndex((c) => typeof c !== 'string' || !NAME.test(c));
    if (bad >= 0) {
      errors.push(`${at}.capabilities[${bad}]: ${JSON.stringify(caps[bad])} is not a lower_snake_case capability name`);
      continue;
    }
    kinds[kind] = { agency: agency as Agency, capabilities: [...new Set(caps as string[])] };
  }
  return kinds;
}

function readRequirements(raw: unknown, provided: Set<string>, errors: string[]): Record<IncidentType, Requirement[]> {
  const out = {} as Record<IncidentType, Requirement[]>;
  if (!isRecord(raw)) {
    errors.push('incident_types: must be an object keyed by incident type');
    return out;
  }
  for (const t of INCIDENT_TYPES) if (!(t in raw)) errors.push(`incident_types.${t}: missing; every incident type needs an entry (an empty list if no unit is sent)`);
  for (const [type, list] of Object.entries(raw)) {
    const at = `incident_types.${type}`;
    if (!isIncidentType(type)) {
      errors.push(`${at}: "${type}" is not an incident type (${INCIDENT_TYPES.join(', ')})`);
      continue;
    }
    if (!Array.isArray(list)) {
      errors.push(`${at}: must be a list of {capability, count}`);
      continue;
    }
    const seen = new Set<string>();
    const reqs: Requirement[] = [];
    list.forEach((r: unknown, i: number) => {
      const ri = `${at}[${i}]`;
      if (!isRecord(r)) return errors.push(`${ri}: must be an object {capability, count}`);
      unknownKeys(r, ['capability', 'count'], ri, errors);
      const { capability, count } = r;
      if (typeof capability !== 'string' || !provided.has(capability)) {
        return errors.push(`${ri}.capability: ${JSON.stringify(capability)} is not a capability any unit kind has (${[...provided].sort().join(', ')})`);
      }
      if (seen.has(capability)) return errors.push(`${ri}.capability: "${capability}" is listed twice; raise its count instead`);
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_UNITS_PER_REQUIREMENT) {
        return errors.push(`${ri}.count: must be an integer from 1 to ${MAX_UNITS_PER_REQUIREMENT}, got ${JSON.stringify(count)}`);
      }
      seen.add(capability);
      reqs.push({ capability, count });
    });
    out[type] = reqs;
  }
  return out;
}

/** Validates a dispatch requirements document; every error names its path and what is wrong. */
export function validateDispatchRequirements(data: unknown): { ok: true; value: DispatchRequirements } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (!isRecord(data)) return { ok: false, errors: ['(root): must be a JSON object with unit_kinds, incident_types and coverage'] };
  unknownKeys(data, ['unit_kinds', 'incident_types', 'coverage'], '(root)', errors);
  const unitKinds = readKinds(data.unit_kinds, errors);
  const provided = new Set(Object.values(unitKinds).flatMap((k) => k.capabilities));
  const incidentTypes = readRequirements(data.incident_types, provided, errors);
  const cov = data.coverage;
  let coverage = { minutes: 10, capabilities: [] as string[] };
  if (!isRecord(cov)) errors.push('coverage: must be an object {minutes, capabilities}');
  else {
    unknownKeys(cov, ['minutes', 'capabilities'], 'coverage', errors);
    if (typeof cov.minutes !== 'number' || !Number.isFinite(cov.minutes) || cov.minutes < 1 || cov.minutes > 120) {
      errors.push(`coverage.minutes: must be a number from 1 to 120, got ${JSON.stringify(cov.minutes)}`);
    }
    if (!Array.isArray(cov.capabilities)) errors.push('coverage.capabilities: must be a list of capabilities');
    else {
      cov.capabilities.forEach((c: unknown, i: number) => {
        if (typeof c !== 'string' || !provided.has(c)) errors.push(`coverage.capabilities[${i}]: ${JSON.stringify(c)} is not a capability any unit kind has`);
      });
    }
    if (errors.length === 0) coverage = { minutes: cov.minutes as number, capabilities: [...new Set(cov.capabilities as string[])] };
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { unitKinds, incidentTypes, coverage } };
}

/** The capabilities of a unit kind; none for a kind the file does not describe. */
export function capabilitiesOf(reqs: DispatchRequirements, kind: string): readonly string[] {
  return reqs.unitKinds[kind]?.capabilities ?? [];
}
