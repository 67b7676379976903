import type { GeoPoint } from './geo';
import type { IncidentNote, SopStep } from './sop';

export const INCIDENT_TYPES = [
  'traffic_accident',
  'congestion',
  'flooding',
  'fire',
  'public_order',
  'pollution',
  'illegal_dumping',
  'food_safety',
  'medical_emergency',
  'power_outage',
  'water_outage',
  'street_lighting',
  'fallen_tree',
  'cyber_physical',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const INCIDENT_STATUSES = [
  'new',
  'verified',
  'dispatched',
  'en_route',
  'on_scene',
  'resolved',
  'closed',
  'cancelled',
  'merged',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_SOURCES = ['operator', 'hotline', 'citizen', 'camera', 'sensor', 'soc'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

export const PRIORITIES = [1, 2, 3, 4] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface Incident {
  id: string;
  type: IncidentType;
  priority: Priority;
  status: IncidentStatus;
  location: GeoPoint;
  ward: string;
  description: string;
  source: IncidentSource;
  createdMs: number;
  updatedMs: number;
  version: number;
  updatedBy: string;
  /** Units assigned now (absent from consoles and engines older than assignments). */
  assignedUnitIds?: string[];
  /** The SOP attached at creation (its incident type) and its checklist with ticks. */
  sopId?: string;
  sopSteps?: SopStep[];
  notes?: IncidentNote[];
  /** SLA deadlines set by the engine at creation (epoch ms, 0 = none) and milestones it recorded as breached. */
  slaDispatchDueMs?: number;
  slaResolveDueMs?: number;
  slaBreaches?: string[];
  /** Citizen reports proposed for merge into this incident. */
  linkedReports?: LinkedReport[];
  mergedInto?: string;
  mergedIds?: string[];
  /** Notifications sent to the ward (who, when, what). */
  wardNotifications?: WardNotification[];
  /** Units moved to or from this incident by priority. */
  reallocations?: UnitReallocation[];
}

export interface WardNotification {
  ward: string;
  stepId: string;
  message: string;
  sentBy: string;
  sentMs: number;
}

export interface UnitReallocation {
  unitId: string;
  callSign: string;
  fromIncidentId: string;
  fromPriority: number;
  toIncidentId: string;
  toPriority: number;
  actor: string;
  timeMs: number;
}

export interface LinkedReport {
  reportId: string;
  description: string;
  location: GeoPoint;
  receivedMs: number;
  distanceM: number;
  reporter: string;
}

/** The lifecycle: which statuses each status may move to. */
const TRANSITIONS: Record<IncidentStatus, readonly IncidentStatus[]> = {
  new: ['verified', 'dispatched', 'cancelled'],
  verified: ['dispatched', 'cancelled'],
  dispatched: ['en_route', 'on_scene', 'resolved', 'cancelled'],
  en_route: ['on_scene', 'resolved', 'cancelled'],
  on_scene: ['resolved'],
  resolved: ['closed', 'on_scene'],
  closed: [],
  cancelled: [],
  merged: [],
};

export function nextStatuses(from: IncidentStatus): readonly IncidentStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isOpenStatus(status: IncidentStatus): boolean {
  return status !== 'closed' && status !== 'cancelled' && status !== 'resolved' && status !== 'merged';
}

export function isIncidentType(value: unknown): value is IncidentType {
  return typeof value === 'string' && (INCIDENT_TYPES as readonly string[]).includes(value);
}

export function isIncidentStatus(value: unknown): value is IncidentStatus {
  return typeof value === 'string' && (INCIDENT_STATUSES as readonly string[]).includes(value);
}

export function isIncidentSource(value: unknown): value is IncidentSource {
  return typeof value === 'string' && (INCIDENT_SOURCES as readonly string[]).includes(value);
}
