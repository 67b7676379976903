// Original file: proto/watchfloor/inference/v1/inference.proto


export interface ImportCamerasChunk {
  'request_id'?: (string);
  'format'?: (string);
  'file_name'?: (string);
  'data'?: (Buffer | Uint8Array | string);
}

export interface ImportCamerasChunk__Output {
  'request_id': (string);
  'format': (string);
  'file_name': (string);
  'data': (Buffer);
}
