// Original file: proto/watchfloor/siem/v1/siem.proto


export interface GetIngestStatsRequest {
}

export interface GetIngestStatsRequest__Output {
}
