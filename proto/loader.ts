import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import * as path from 'node:path';
import { LOADER_OPTIONS, PROTO_FILES, PROTO_ROOT } from './loader-options';
import type { ProtoGrpcType as DispatchProto } from './gen/dispatch';
import type { ProtoGrpcType as SiemProto } from './gen/siem';
import type { ProtoGrpcType as InferenceProto } from './gen/inference';
import type { ProtoGrpcType as HealthProto } from './gen/health';

export type WatchfloorProtos = DispatchProto & SiemProto & InferenceProto & HealthProto;

let cached: WatchfloorProtos | undefined;

/** Loads every Watchfloor proto once, with the shared loader options. */
export function loadProtos(): WatchfloorProtos {
  if (!cached) {
    const definition = protoLoader.loadSync(
      PROTO_FILES.map((f) => path.join(PROTO_ROOT, f)),
      { ...LOADER_OPTIONS, includeDirs: [PROTO_ROOT] },
    );
    cached = grpc.loadPackageDefinition(definition) as unknown as WatchfloorProtos;
  }
  return cached;
}

/** Keepalive for engine channels: notice a dead peer within ~15 s even when no events flow. */
export const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  'grpc.keepalive_time_ms': 10_000,
  'grpc.keepalive_timeout_ms': 5_000,
  'grpc.keepalive_permit_without_calls': 1,
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
};

export const SERVER_OPTIONS: grpc.ServerOptions = {
  'grpc.keepalive_time_ms': 10_000,
  'grpc.keepalive_timeout_ms': 5_000,
  'grpc.keepalive_permit_without_calls': 1,
  'grpc.http2.min_ping_interval_without_data_ms': 5_000,
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
};

/** The metadata key that carries the current record with an ABORTED (stale version) error. */
export const CURRENT_RECORD_KEY = 'current-record-bin';
