// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Unit as _watchfloor_dispatch_v1_Unit, Unit__Output as _watchfloor_dispatch_v1_Unit__Output } from '../../../watchfloor/dispatch/v1/Unit';
import type { Incident as _watchfloor_dispatch_v1_Incident, Incident__Output as _watchfloor_dispatch_v1_Incident__Output } from '../../../watchfloor/dispatch/v1/Incident';

export interface ReleaseUnitResponse {
  'unit'?: (_watchfloor_dispatch_v1_Unit | null);
  'incident'?: (_watchfloor_dispatch_v1_Incident | null);
}

export interface ReleaseUnitResponse__Output {
  'unit': (_watchfloor_dispatch_v1_Unit__Output | null);
  'incident': (_watchfloor_dispatch_v1_Incident__Output | null);
}
