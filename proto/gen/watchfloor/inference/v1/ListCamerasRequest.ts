// Original file: proto/watchfloor/inference/v1/inference.proto


export interface ListCamerasRequest {
}

export interface ListCamerasRequest__Output {
}
