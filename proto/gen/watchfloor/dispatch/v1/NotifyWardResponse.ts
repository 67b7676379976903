// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Incident as _watchfloor_dispatch_v1_Incident, Incident__Output as _watchfloor_dispatch_v1_Incident__Output } from '../../../watchfloor/dispatch/v1/Incident';

export interface NotifyWardResponse {
  'incident'?: (_watchfloor_dispatch_v1_Incident | null);
}

export interface NotifyWardResponse__Output {
  'incident': (_watchfloor_dispatch_v1_Incident__Output | null);
}
