// Original file: proto/watchfloor/inference/v1/inference.proto


export interface FloodLevel {
  'hotspot_id'?: (string);
  'level'?: (number | string);
  'alarm'?: (boolean);
}

export interface FloodLevel__Output {
  'hotspot_id': (string);
  'level': (number);
  'alarm': (boolean);
}
