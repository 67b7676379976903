// Original file: proto/watchfloor/inference/v1/inference.proto


export interface ListCamerasRequest {
  'ids'?: (string)[];
  'limit'?: (number);
}

export interface ListCamerasRequest__Output {
  'ids': (string)[];
  'limit': (number);
}
