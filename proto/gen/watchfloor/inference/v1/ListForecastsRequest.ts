// Original file: proto/watchfloor/inference/v1/inference.proto


export interface ListForecastsRequest {
}

export interface ListForecastsRequest__Output {
}
