// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Incident as _watchfloor_dispatch_v1_Incident, Incident__Output as _watchfloor_dispatch_v1_Incident__Output } from '../../../watchfloor/dispatch/v1/Incident';
import type { Long } from '@grpc/proto-loader';

export interface ListIncidentsResponse {
  'incidents'?: (_watchfloor_dispatch_v1_Incident)[];
  'last_seq'?: (number | string | Long);
}

export interface ListIncidentsResponse__Output {
  'incidents': (_watchfloor_dispatch_v1_Incident__Output)[];
  'last_seq': (string);
}
