// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Incident as _watchfloor_dispatch_v1_Incident, Incident__Output as _watchfloor_dispatch_v1_Incident__Output } from '../../../watchfloor/dispatch/v1/Incident';
import type { Unit as _watchfloor_dispatch_v1_Unit, Unit__Output as _watchfloor_dispatch_v1_Unit__Output } from '../../../watchfloor/dispatch/v1/Unit';

export interface AssignUnitsResponse {
  'incident'?: (_watchfloor_dispatch_v1_Incident | null);
  'units'?: (_watchfloor_dispatch_v1_Unit)[];
  'reallocated_from'?: (_watchfloor_dispatch_v1_Incident)[];
}

export interface AssignUnitsResponse__Output {
  'incident': (_watchfloor_dispatch_v1_Incident__Output | null);
  'units': (_watchfloor_dispatch_v1_Unit__Output)[];
  'reallocated_from': (_watchfloor_dispatch_v1_Incident__Output)[];
}
