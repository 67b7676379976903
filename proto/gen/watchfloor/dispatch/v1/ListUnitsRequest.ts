// Original file: proto/watchfloor/dispatch/v1/dispatch.proto


export interface ListUnitsRequest {
}

export interface ListUnitsRequest__Output {
}
