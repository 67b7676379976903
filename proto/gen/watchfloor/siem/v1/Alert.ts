// Original file: proto/watchfloor/siem/v1/siem.proto

import type { GeoPoint as _watchfloor_siem_v1_GeoPoint, GeoPoint__Output as _watchfloor_siem_v1_GeoPoint__Output } from '../../../watchfloor/siem/v1/GeoPoint';
import type { AlertNote as _watchfloor_siem_v1_AlertNote, AlertNote__Output as _watchfloor_siem_v1_AlertNote__Output } from '../../../watchfloor/siem/v1/AlertNote';
import type { Long } from '@grpc/proto-loader';

export interface Alert {
  'id'?: (string);
  'rule_id'?: (string);
  'title'?: (string);
  'severity'?: (string);
  'status'?: (string);
  'asset_id'?: (string);
  'asset_kind'?: (string);
  'source_ip'?: (string);
  'mitre_technique'?: (string);
  'count'?: (number);
  'first_seen_ms'?: (number | string | Long);
  'last_seen_ms'?: (number | string | Long);
  'created_ms'?: (number | string | Long);
  'updated_ms'?: (number | string | Long);
  'version'?: (number);
  'acknowledged_by'?: (string);
  'location'?: (_watchfloor_siem_v1_GeoPoint | null);
  'ward'?: (string);
  'detect_delay_ms'?: (number | string | Long);
  'assignee'?: (string);
  'disposition'?: (string);
  'notes'?: (_watchfloor_siem_v1_AlertNote)[];
  'acknowledged_ms'?: (number | string | Long);
  'closed_ms'?: (number | string | Long);
  'triage_version'?: (number);
  'attack_tags'?: (string)[];
  'asset_criticality'?: (number);
  'asset_name'?: (string);
}

export interface Alert__Output {
  'id': (string);
  'rule_id': (string);
  'title': (string);
  'severity': (string);
  'status': (string);
  'asset_id': (string);
  'asset_kind': (string);
  'source_ip': (string);
  'mitre_technique': (string);
  'count': (number);
  'first_seen_ms': (string);
  'last_seen_ms': (string);
  'created_ms': (string);
  'updated_ms': (string);
  'version': (number);
  'acknowledged_by': (string);
  'location': (_watchfloor_siem_v1_GeoPoint__Output | null);
  'ward': (string);
  'detect_delay_ms': (string);
  'assignee': (string);
  'disposition': (string);
  'notes': (_watchfloor_siem_v1_AlertNote__Output)[];
  'acknowledged_ms': (string);
  'closed_ms': (string);
  'triage_version': (number);
  'attack_tags': (string)[];
  'asset_criticality': (number);
  'asset_name': (string);
}
