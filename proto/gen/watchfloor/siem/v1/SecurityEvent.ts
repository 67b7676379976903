// Original file: proto/watchfloor/siem/v1/siem.proto

import type { GeoPoint as _watchfloor_siem_v1_GeoPoint, GeoPoint__Output as _watchfloor_siem_v1_GeoPoint__Output } from '../../../watchfloor/siem/v1/GeoPoint';
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
  'source_geo'?: (_watchfloor_siem_v1_GeoPoint | null);
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
  'source_geo': (_watchfloor_siem_v1_GeoPoint__Output | null);
}
