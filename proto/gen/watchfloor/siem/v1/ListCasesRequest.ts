// Original file: proto/watchfloor/siem/v1/soc.proto


export interface ListCasesRequest {
}

export interface ListCasesRequest__Output {
}
