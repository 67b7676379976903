// Original file: proto/watchfloor/inference/v1/inference.proto

import type { GeoPoint as _watchfloor_inference_v1_GeoPoint, GeoPoint__Output as _watchfloor_inference_v1_GeoPoint__Output } from '../../../watchfloor/inference/v1/GeoPoint';
import type { Long } from '@grpc/proto-loader';

export interface Camera {
  'id'?: (string);
  'name'?: (string);
  'location'?: (_watchfloor_inference_v1_GeoPoint | null);
  'ward'?: (string);
  'status'?: (string);
  'stream_url'?: (string);
  'heading_deg'?: (number | string);
  'fov_deg'?: (number | string);
  'updated_ms'?: (number | string | Long);
  'version'?: (number);
  'last_detection_ms'?: (number | string | Long);
  'last_counts'?: ({[key: string]: number});
  'kind'?: (string);
  'tags'?: (string)[];
  'sub_stream_url'?: (string);
  'last_seen_ms'?: (number | string | Long);
}

export interface Camera__Output {
  'id': (string);
  'name': (string);
  'location': (_watchfloor_inference_v1_GeoPoint__Output | null);
  'ward': (string);
  'status': (string);
  'stream_url': (string);
  'heading_deg': (number);
  'fov_deg': (number);
  'updated_ms': (string);
  'version': (number);
  'last_detection_ms': (string);
  'last_counts': ({[key: string]: number});
  'kind': (string);
  'tags': (string)[];
  'sub_stream_url': (string);
  'last_seen_ms': (string);
}
