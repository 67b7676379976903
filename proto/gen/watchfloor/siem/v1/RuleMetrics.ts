// Original file: proto/watchfloor/siem/v1/soc.proto

import type { Long } from '@grpc/proto-loader';

export interface RuleMetrics {
  'rule_id'?: (string);
  'title'?: (string);
  'alerts'?: (number);
  'events'?: (number | string | Long);
  'closed'?: (number);
  'true_positive'?: (number);
  'false_positive'?: (number);
  'benign'?: (number);
  'noise'?: (number | string);
}

export interface RuleMetrics__Output {
  'rule_id': (string);
  'title': (string);
  'alerts': (number);
  'events': (string);
  'closed': (number);
  'true_positive': (number);
  'false_positive': (number);
  'benign': (number);
  'noise': (number);
}
