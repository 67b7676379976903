// Original file: proto/watchfloor/inference/v1/inference.proto


export interface SensorThresholds {
  'warn'?: (number | string);
  'alarm'?: (number | string);
}

export interface SensorThresholds__Output {
  'warn': (number);
  'alarm': (number);
}
