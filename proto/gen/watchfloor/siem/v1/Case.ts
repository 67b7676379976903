// Original file: proto/watchfloor/siem/v1/soc.proto

import type { Observable as _watchfloor_siem_v1_Observable, Observable__Output as _watchfloor_siem_v1_Observable__Output } from '../../../watchfloor/siem/v1/Observable';
import type { CaseTask as _watchfloor_siem_v1_CaseTask, CaseTask__Output as _watchfloor_siem_v1_CaseTask__Output } from '../../../watchfloor/siem/v1/CaseTask';
import type { CaseTimelineEntry as _watchfloor_siem_v1_CaseTimelineEntry, CaseTimelineEntry__Output as _watchfloor_siem_v1_CaseTimelineEntry__Output } from '../../../watchfloor/siem/v1/CaseTimelineEntry';
import type { Long } from '@grpc/proto-loader';

export interface Case {
  'id'?: (string);
  'title'?: (string);
  'status'?: (string);
  'severity'?: (string);
  'alert_ids'?: (string)[];
  'observables'?: (_watchfloor_siem_v1_Observable)[];
  'tasks'?: (_watchfloor_siem_v1_CaseTask)[];
  'timeline'?: (_watchfloor_siem_v1_CaseTimelineEntry)[];
  'incident_id'?: (string);
  'owner'?: (string);
  'created_ms'?: (number | string | Long);
  'updated_ms'?: (number | string | Long);
  'version'?: (number);
}

export interface Case__Output {
  'id': (string);
  'title': (string);
  'status': (string);
  'severity': (string);
  'alert_ids': (string)[];
  'observables': (_watchfloor_siem_v1_Observable__Output)[];
  'tasks': (_watchfloor_siem_v1_CaseTask__Output)[];
  'timeline': (_watchfloor_siem_v1_CaseTimelineEntry__Output)[];
  'incident_id': (string);
  'owner': (string);
  'created_ms': (string);
  'updated_ms': (string);
  'version': (number);
}
