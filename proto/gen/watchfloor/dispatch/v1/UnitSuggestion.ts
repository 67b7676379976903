// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { CoverageGap as _watchfloor_dispatch_v1_CoverageGap, CoverageGap__Output as _watchfloor_dispatch_v1_CoverageGap__Output } from '../../../watchfloor/dispatch/v1/CoverageGap';
import type { GeoPoint as _watchfloor_dispatch_v1_GeoPoint, GeoPoint__Output as _watchfloor_dispatch_v1_GeoPoint__Output } from '../../../watchfloor/dispatch/v1/GeoPoint';

export interface UnitSuggestion {
  'unit_id'?: (string);
  'call_sign'?: (string);
  'kind'?: (string);
  'agency'?: (string);
  'rank'?: (number);
  'eta_s'?: (number | string);
  'distance_m'?: (number | string);
  'capabilities_matched'?: (string)[];
  'estimate'?: (string);
  'estimate_note'?: (string);
  'coverage_gaps'?: (_watchfloor_dispatch_v1_CoverageGap)[];
  'explanation'?: (string);
  'route'?: (_watchfloor_dispatch_v1_GeoPoint)[];
  'proposed'?: (boolean);
  'taken_from_incident_id'?: (string);
  'taken_from_priority'?: (number);
  'taken_from_leaves'?: (string);
  'taken_from_keeps'?: (number);
  'taken_from_needs'?: (number);
}

export interface UnitSuggestion__Output {
  'unit_id': (string);
  'call_sign': (string);
  'kind': (string);
  'agency': (string);
  'rank': (number);
  'eta_s': (number);
  'distance_m': (number);
  'capabilities_matched': (string)[];
  'estimate': (string);
  'estimate_note': (string);
  'coverage_gaps': (_watchfloor_dispatch_v1_CoverageGap__Output)[];
  'explanation': (string);
  'route': (_watchfloor_dispatch_v1_GeoPoint__Output)[];
  'proposed': (boolean);
  'taken_from_incident_id': (string);
  'taken_from_priority': (number);
  'taken_from_leaves': (string);
  'taken_from_keeps': (number);
  'taken_from_needs': (number);
}
