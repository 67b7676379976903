// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Unit as _watchfloor_dispatch_v1_Unit, Unit__Output as _watchfloor_dispatch_v1_Unit__Output } from '../../../watchfloor/dispatch/v1/Unit';
import type { Long } from '@grpc/proto-loader';

export interface ListUnitsResponse {
  'units'?: (_watchfloor_dispatch_v1_Unit)[];
  'last_seq'?: (number | string | Long);
}

export interface ListUnitsResponse__Output {
  'units': (_watchfloor_dispatch_v1_Unit__Output)[];
  'last_seq': (string);
}
