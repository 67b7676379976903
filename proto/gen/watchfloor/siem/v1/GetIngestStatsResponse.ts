// Original file: proto/watchfloor/siem/v1/siem.proto

import type { RejectionCount as _watchfloor_siem_v1_RejectionCount, RejectionCount__Output as _watchfloor_siem_v1_RejectionCount__Output } from '../../../watchfloor/siem/v1/RejectionCount';
import type { MalformedSample as _watchfloor_siem_v1_MalformedSample, MalformedSample__Output as _watchfloor_siem_v1_MalformedSample__Output } from '../../../watchfloor/siem/v1/MalformedSample';
import type { SyslogListener as _watchfloor_siem_v1_SyslogListener, SyslogListener__Output as _watchfloor_siem_v1_SyslogListener__Output } from '../../../watchfloor/siem/v1/SyslogListener';
import type { Long } from '@grpc/proto-loader';

export interface GetIngestStatsResponse {
  'received'?: (number | string | Long);
  'accepted'?: (number | string | Long);
  'rejected'?: (number | string | Long);
  'rejections'?: (_watchfloor_siem_v1_RejectionCount)[];
  'samples'?: (_watchfloor_siem_v1_MalformedSample)[];
  'listeners'?: (_watchfloor_siem_v1_SyslogListener)[];
  'accepted_by_format'?: (_watchfloor_siem_v1_RejectionCount)[];
  'rules_loaded'?: (number);
}

export interface GetIngestStatsResponse__Output {
  'received': (string);
  'accepted': (string);
  'rejected': (string);
  'rejections': (_watchfloor_siem_v1_RejectionCount__Output)[];
  'samples': (_watchfloor_siem_v1_MalformedSample__Output)[];
  'listeners': (_watchfloor_siem_v1_SyslogListener__Output)[];
  'accepted_by_format': (_watchfloor_siem_v1_RejectionCount__Output)[];
  'rules_loaded': (number);
}
