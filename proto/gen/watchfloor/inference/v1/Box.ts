// Original file: proto/watchfloor/inference/v1/inference.proto


export interface Box {
  'x'?: (number | string);
  'y'?: (number | string);
  'w'?: (number | string);
  'h'?: (number | string);
}

export interface Box__Output {
  'x': (number);
  'y': (number);
  'w': (number);
  'h': (number);
}
