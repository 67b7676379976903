import * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../common/log';
import { RequestIdReused } from '../store/event-log';
import { EngineError } from './grpc-errors';

/** Adapts an async handler to grpc-js: EngineErrors become their status, anything else INTERNAL. */
export function unary<Req, Res>(logger: Logger, method: string, handler: (req: Req) => Promise<Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    handler(call.request).then(
      (res) => callback(null, res),
      (err: unknown) => {
        if (err instanceof EngineError) return callback(err.toServiceError());
        if (err instanceof RequestIdReused) return callback({ code: grpc.status.INVALID_ARGUMENT, details: `request_id: ${err.message}` });
        logger.error('handler failed', { method, error: String(err), stack: (err as Error)?.stack });
        callback({ code: grpc.status.INTERNAL, details: `${method} failed inside the engine: ${String(err)}` });
      },
    );
  };
}
