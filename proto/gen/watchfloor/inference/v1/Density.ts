// Original file: proto/watchfloor/inference/v1/inference.proto


export interface Density {
  'occupancy'?: (number | string);
  'level'?: (string);
  'mean_speed'?: (number | string);
  'vehicles'?: (number);
}

export interface Density__Output {
  'occupancy': (number);
  'level': (string);
  'mean_speed': (number);
  'vehicles': (number);
}
