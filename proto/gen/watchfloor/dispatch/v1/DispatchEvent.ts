// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Incident as _watchfloor_dispatch_v1_Incident, Incident__Output as _watchfloor_dispatch_v1_Incident__Output } from '../../../watchfloor/dispatch/v1/Incident';
import type { Unit as _watchfloor_dispatch_v1_Unit, Unit__Output as _watchfloor_dispatch_v1_Unit__Output } from '../../../watchfloor/dispatch/v1/Unit';
import type { Long } from '@grpc/proto-loader';

export interface DispatchEvent {
  'seq'?: (number | string | Long);
  'time_ms'?: (number | string | Long);
  'incident'?: (_watchfloor_dispatch_v1_Incident | null);
  'unit'?: (_watchfloor_dispatch_v1_Unit | null);
  'change'?: "incident"|"unit";
}

export interface DispatchEvent__Output {
  'seq': (string);
  'time_ms': (string);
  'incident'?: (_watchfloor_dispatch_v1_Incident__Output | null);
  'unit'?: (_watchfloor_dispatch_v1_Unit__Output | null);
  'change'?: "incident"|"unit";
}
