import type { Options } from '@grpc/proto-loader';
import * as path from 'node:path';

/** The one proto-loader configuration: the runtime loader and the type generator both use it. */
export const LOADER_OPTIONS = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
} satisfies Options;

export const PROTO_ROOT = path.resolve(__dirname);

export const PROTO_FILES = [
  'watchfloor/dispatch/v1/dispatch.proto',
  'watchfloor/siem/v1/siem.proto',
  'watchfloor/inference/v1/inference.proto',
  'grpc/health/v1/health.proto',
] as const;
