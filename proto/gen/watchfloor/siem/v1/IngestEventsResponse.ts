// Original file: proto/watchfloor/siem/v1/siem.proto

import type { Rejection as _watchfloor_siem_v1_Rejection, Rejection__Output as _watchfloor_siem_v1_Rejection__Output } from '../../../watchfloor/siem/v1/Rejection';

export interface IngestEventsResponse {
  'accepted'?: (number);
  'rejected'?: (_watchfloor_siem_v1_Rejection)[];
  'alerts_raised'?: (number);
}

export interface IngestEventsResponse__Output {
  'accepted': (number);
  'rejected': (_watchfloor_siem_v1_Rejection__Output)[];
  'alerts_raised': (number);
}
