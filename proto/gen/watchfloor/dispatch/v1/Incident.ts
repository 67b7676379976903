// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from '../../../watchfloor/dispatch/v1/GeoPoint';
import type { SopStep as _watchfloor_dispatch_v1_SopStep, SopStep__Output as _watchfloor_dispatch_v1_SopStep__Output } from '../../../watchfloor/dispatch/v1/SopStep';
import type { IncidentNote as _watchfloor_dispatch_v1_IncidentNote, IncidentNote__Output as _watchfloor_dispatch_v1_IncidentNote__Output } from '../../../watchfloor/dispatch/v1/IncidentNote';
import type { LinkedReport as _watchfloor_dispatch_v1_LinkedReport, LinkedReport__Output as _watchfloor_dispatch_v1_LinkedReport__Output } from '../../../watchfloor/dispatch/v1/LinkedReport';
import type { WardNotification as _watchfloor_dispatch_v1_WardNotification, WardNotification__Output as _watchfloor_dispatch_v1_WardNotification__Output } from '../../../watchfloor/dispatch/v1/WardNotification';
import type { UnitReallocation as _watchfloor_dispatch_v1_UnitReallocation, UnitReallocation__Output as _watchfloor_dispatch_v1_UnitReallocation__Output } from '../../../watchfloor/dispatch/v1/UnitReallocation';
import type { Long } from '@grpc/proto-loader';

export interface Incident {
  'id'?: (string);
  'type'?: (string);
  'priority'?: (number);
  'status'?: (string);
  'location'?: (_watchfloor_dispatch_v1_GeoPoint | null);
  'ward'?: (string);
  'description'?: (string);
  'source'?: (string);
  'created_ms'?: (number | string | Long);
  'updated_ms'?: (number | string | Long);
  'version'?: (number);
  'updated_by'?: (string);
  'assigned_unit_ids'?: (string)[];
  'sop_id'?: (string);
  'sop_steps'?: (_watchfloor_dispatch_v1_SopStep)[];
  'notes'?: (_watchfloor_dispatch_v1_IncidentNote)[];
  'sla_dispatch_due_ms'?: (number | string | Long);
  'sla_resolve_due_ms'?: (number | string | Long);
  'sla_breaches'?: (string)[];
  'linked_reports'?: (_watchfloor_dispatch_v1_LinkedReport)[];
  'merged_into'?: (string);
  'merged_ids'?: (string)[];
  'ward_notifications'?: (_watchfloor_dispatch_v1_WardNotification)[];
  'reallocations'?: (_watchfloor_dispatch_v1_UnitReallocation)[];
}

export interface Incident__Output {
  'id': (string);
  'type': (string);
  'priority': (number);
  'status': (string);
  'location': (_watchfloor_dispatch_v1_GeoPoint__Output | null);
  'ward': (string);
  'description': (string);
  'source': (string);
  'created_ms': (string);
  'updated_ms': (string);
  'version': (number);
  'updated_by': (string);
  'assigned_unit_ids': (string)[];
  'sop_id': (string);
  'sop_steps': (_watchfloor_dispatch_v1_SopStep__Output)[];
  'notes': (_watchfloor_dispatch_v1_IncidentNote__Output)[];
  'sla_dispatch_due_ms': (string);
  'sla_resolve_due_ms': (string);
  'sla_breaches': (string)[];
  'linked_reports': (_watchfloor_dispatch_v1_LinkedReport__Output)[];
  'merged_into': (string);
  'merged_ids': (string)[];
  'ward_notifications': (_watchfloor_dispatch_v1_WardNotification__Output)[];
  'reallocations': (_watchfloor_dispatch_v1_UnitReallocation__Output)[];
}
