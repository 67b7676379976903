// Original file: proto/watchfloor/siem/v1/siem.proto

import type { Long } from '@grpc/proto-loader';

export interface SecurityEvent {
  'time_ms'?: (number | string | Long);
  'host'?: (string);
  'source_ip'?: (string);
  'source_port'?: (number);
  'destination_ip'?: (string);
  'destination_port'?: (number);
  'user'?: (string);
  'action'?: (string);
  'outcome'?: (string);
  'severity'?: (string);
  'product'?: (string);
  'asset_id'?: (string);
  'message'?: (string);
  'raw'?: (string);
  'signature'?: (string);
  'mitre_technique'?: (string);
  'bytes_out'?: (number | string | Long);
}

export interface SecurityEvent__Output {
  'time_ms': (string);
  'host': (string);
  'source_ip': (string);
  'source_port': (number);
  'destination_ip': (string);
  'destination_port': (number);
  'user': (string);
  'action': (string);
  'outcome': (string);
  'severity': (string);
  'product': (string);
  'asset_id': (string);
  'message': (string);
  'raw': (string);
  'signature': (string);
  'mitre_technique': (string);
  'bytes_out': (string);
}
