// Original file: proto/watchfloor/inference/v1/inference.proto


export interface CorridorHorizon {
  'minutes'?: (number);
  'vehicles'?: (number | string);
  'ratio'?: (number | string);
  'level'?: (string);
}

export interface CorridorHorizon__Output {
  'minutes': (number);
  'vehicles': (number);
  'ratio': (number);
  'level': (string);
}
