// Original file: proto/watchfloor/inference/v1/inference.proto


export interface ListSensorsRequest {
}

export interface ListSensorsRequest__Output {
}
