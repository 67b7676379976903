// Original file: proto/watchfloor/siem/v1/soc.proto

import type { Long } from '@grpc/proto-loader';

export interface Suppression {
  'id'?: (string);
  'rule_id'?: (string);
  'asset_id'?: (string);
  'source_ip'?: (string);
  'reason'?: (string);
  'expires_ms'?: (number | string | Long);
  'created_ms'?: (number | string | Long);
  'created_by'?: (string);
  'hits'?: (number | string | Long);
}

export interface Suppression__Output {
  'id': (string);
  'rule_id': (string);
  'asset_id': (string);
  'source_ip': (string);
  'reason': (string);
  'expires_ms': (string);
  'created_ms': (string);
  'created_by': (string);
  'hits': (string);
}
