// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Unit as _watchfloor_dispatch_v1_Unit, Unit__Output as _watchfloor_dispatch_v1_Unit__Output } from '../../../watchfloor/dispatch/v1/Unit';

export interface ReportUnitPositionResponse {
  'unit'?: (_watchfloor_dispatch_v1_Unit | null);
}

export interface ReportUnitPositionResponse__Output {
  'unit': (_watchfloor_dispatch_v1_Unit__Output | null);
}
