// Original file: proto/watchfloor/inference/v1/inference.proto


export interface ReportCameraStatusRequest {
  'request_id'?: (string);
  'camera_id'?: (string);
  'status'?: (string);
}

export interface ReportCameraStatusRequest__Output {
  'request_id': (string);
  'camera_id': (string);
  'status': (string);
}
