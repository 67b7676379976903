// Original file: proto/watchfloor/siem/v1/siem.proto

import type { SecurityEvent as _watchfloor_siem_v1_SecurityEvent, SecurityEvent__Output as _watchfloor_siem_v1_SecurityEvent__Output } from '../../../watchfloor/siem/v1/SecurityEvent';

export interface GetAlertEventsResponse {
  'events'?: (_watchfloor_siem_v1_SecurityEvent)[];
}

export interface GetAlertEventsResponse__Output {
  'events': (_watchfloor_siem_v1_SecurityEvent__Output)[];
}
