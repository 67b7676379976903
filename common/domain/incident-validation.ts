import { invalid, ok, type Result } from '../result';
import { HANOI_BBOX, isInHanoiBbox, type GeoPoint } from './geo';
import {
  canTransition,
  isIncidentSource,
  isIncidentStatus,
  isIncidentType,
  INCIDENT_TYPES,
  type Incident,
  type IncidentSource,
  type IncidentStatus,
  type IncidentType,
  type Priority,
} from './incident';

export const DESCRIPTION_MAX = 2000;

export interface CreateIncidentInput {
  type: IncidentType;
  priority: Priority;
  location: GeoPoint;
  description: string;
  source: IncidentSource;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates a create request from any edge (bridge call, gRPC request, import). */
export function validateCreateIncident(input: unknown): Result<CreateIncidentInput> {
  if (!isRecord(input)) return invalid('input', 'Create incident: expected an object', 'error.notObject');
  const { type, priority, location, description = '', source = 'operator' } = input;
  if (type === undefined || type === null || type === '') {
    return invalid('type', 'type is required', 'error.typeRequired');
  }
  if (!isIncidentType(type)) {
    return invalid('type', `type "${String(type)}" is not one of: ${INCIDENT_TYPES.join(', ')}`, 'error.typeUnknown', {
      value: String(type),
    });
  }
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1 || priority > 4) {
    return invalid('priority', `priority must be an integer from 1 to 4, got ${JSON.stringify(priority ?? null)}`, 'error.priorityRange', {
      value: JSON.stringify(priority ?? null),
    });
  }
  const loc = validateLocation(location);
  if (!loc.ok) return loc;
  if (typeof description !== 'string') return invalid('description', 'description must be text', 'error.descriptionText');
  if (description.length > DESCRIPTION_MAX) {
    return invalid('description', `description is ${description.length} characters; the limit is ${DESCRIPTION_MAX}`, 'error.descriptionLong', {
      value: description.length,
      max: DESCRIPTION_MAX,
    });
  }
  if (!isIncidentSource(source)) {
    return invalid('source', `source "${String(source)}" is not a known source`, 'error.sourceUnknown', { value: String(source) });
  }
  return ok({ type, priority: priority as Priority, location: loc.value, description: description.trim(), source });
}

export function validateLocation(location: unknown, field = 'location'): Result<GeoPoint> {
  if (!isRecord(location)) return invalid(field, `${field} is required (lat, lon)`, 'error.locationRequired');
  const { lat, lon } = location;
  if (typeof lat !== 'number' || !Number.isFinite(lat) || typeof lon !== 'number' || !Number.isFinite(lon)) {
    return invalid(field, `${field} must have numeric lat and lon, got lat=${String(lat)}, lon=${String(lon)}`, 'error.locationNumbers', {
      lat: String(lat),
      lon: String(lon),
    });
  }
  if (!isInHanoiBbox({ lat, lon })) {
    const b = HANOI_BBOX;
    return invalid(
      field,
      `${field} ${lat}, ${lon} is outside Hanoi (lat ${b.minLat}–${b.maxLat}, lon ${b.minLon}–${b.maxLon})`,
      'error.locationOutside',
      { lat, lon },
    );
  }
  return ok({ lat, lon });
}

export interface SetIncidentStatusInput {
  incidentId: string;
  status: IncidentStatus;
  expectedVersion: number;
}

export function validateSetIncidentStatus(input: unknown): Result<SetIncidentStatusInput> {
  if (!isRecord(input)) return invalid('input', 'Set status: expected an object', 'error.notObject');
  const { incidentId, status, expectedVersion } = input;
  if (typeof incidentId !== 'string' || incidentId === '') {
    return invalid('incidentId', 'incidentId is required', 'error.idRequired', { field: 'incidentId' });
  }
  if (!isIncidentStatus(status)) {
    return invalid('status', `status "${String(status)}" is not an incident status`, 'error.statusUnknown', { value: String(status) });
  }
  if (typeof expectedVersion !== 'number' || !Number.isInteger(expectedVersion) || expectedVersion < 1) {
    return invalid('expectedVersion', `expectedVersion must be a positive integer, got ${String(expectedVersion)}`, 'error.versionRequired');
  }
  return ok({ incidentId, status, expectedVersion });
}

/** Checks a status change against the lifecycle; names both statuses when it is refused. */
export function checkTransition(incident: Incident, to: IncidentStatus): Result<IncidentStatus> {
  if (!canTransition(incident.status, to)) {
    return invalid('status', `cannot change incident ${incident.id} from ${incident.status} to ${to}`, 'error.transition', {
      from: incident.status,
      to,
    });
  }
  return ok(to);
}
