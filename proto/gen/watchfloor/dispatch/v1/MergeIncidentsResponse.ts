// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Incident as _watchfloor_dispatch_v1_Incident, Incident__Output as _watchfloor_dispatch_v1_Incident__Output } from '../../../watchfloor/dispatch/v1/Incident';

export interface MergeIncidentsResponse {
  'source'?: (_watchfloor_dispatch_v1_Incident | null);
  'target'?: (_watchfloor_dispatch_v1_Incident | null);
}

export interface MergeIncidentsResponse__Output {
  'source': (_watchfloor_dispatch_v1_Incident__Output | null);
  'target': (_watchfloor_dispatch_v1_Incident__Output | null);
}
