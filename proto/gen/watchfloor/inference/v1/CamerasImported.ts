// Original file: proto/watchfloor/inference/v1/inference.proto


export interface CamerasImported {
  'request_id'?: (string);
  'file_name'?: (string);
  'created'?: (number);
  'updated'?: (number);
}

export interface CamerasImported__Output {
  'request_id': (string);
  'file_name': (string);
  'created': (number);
  'updated': (number);
}
