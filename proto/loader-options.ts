import type { Options } from '@grpc/proto-loader';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The one proto-loader configuration: the runtime loader and the type generator both use it. */
export const LOADER_OPTIONS = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
} satisfies Options;

/** The .proto tree: beside this file under tsx, or the app's proto/ when compiled into build/proto. */
export const PROTO_ROOT = [__dirname, path.resolve(__dirname, '../../proto')].find((d) => fs.existsSync(path.join(d, 'watchfloor'))) ?? __dirname;

export const PROTO_FILES = [
  'watchfloor/dispatch/v1/dispatch.proto',
  'watchfloor/siem/v1/siem.proto',
  'watchfloor/inference/v1/inference.proto',
  'grpc/health/v1/health.proto',
] as const;
