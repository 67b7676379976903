// Original file: proto/watchfloor/dispatch/v1/dispatch.proto

import type { Incident as _watchfloor_dispatch_v1_Incident, Incident__Output as _watchfloor_dispatch_v1_Incident__Output } from '../../../watchfloor/dispatch/v1/Incident';

export interface SubmitCitizenReportResponse {
  'report_id'?: (string);
  'outcome'?: (string);
  'incident'?: (_watchfloor_dispatch_v1_Incident | null);
  'distance_m'?: (number | string);
}

export interface SubmitCitizenReportResponse__Output {
  'report_id': (string);
  'outcome': (string);
  'incident': (_watchfloor_dispatch_v1_Incident__Output | null);
  'distance_m': (number);
}
