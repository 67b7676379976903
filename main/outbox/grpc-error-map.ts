import * as grpc from '@grpc/grpc-js';
import type { BridgeError } from '../../common/result';
import { CURRENT_RECORD_KEY } from '../../proto/loader';
import { isServiceError } from '../../proto/clients';

/** Only these mean "the engine did not get it (or we cannot tell)": retried with the same request_id. */
export function isRetryable(err: unknown): boolean {
  return isServiceError(err) && (err.code === grpc.status.UNAVAILABLE || err.code === grpc.status.DEADLINE_EXCEEDED);
}

/** Turns an engine's gRPC error into the bridge's error envelope, keeping the field it named. */
export function toBridgeError(err: unknown): BridgeError {
  if (!isServiceError(err)) return { code: 'INTERNAL', message: String((err as Error)?.message ?? err) };
  const details = err.details ?? '';
  const m = /^([a-z_][a-z0-9_.[\]]*): (.*)$/s.exec(details);
  const field = m ? snakeToCamel(m[1]) : undefined;
  switch (err.code) {
    case grpc.status.INVALID_ARGUMENT:
    case grpc.status.FAILED_PRECONDITION:
      return { code: 'INVALID_ARGUMENT', field, message: details };
    case grpc.status.NOT_FOUND:
      return { code: 'NOT_FOUND', message: details };
    case grpc.status.ABORTED: {
      const raw = err.metadata?.get(CURRENT_RECORD_KEY)?.[0];
      let current: unknown;
      try {
        current = raw ? JSON.parse(Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw)) : undefined;
      } catch {
        current = undefined;
      }
      return { code: 'CONFLICT', message: details, current, key: 'error.conflict' };
    }
    case grpc.status.UNAVAILABLE:
    case grpc.status.DEADLINE_EXCEEDED:
      return { code: 'UNAVAILABLE', message: details, key: 'error.engineDown' };
    default:
      return { code: 'INTERNAL', message: `${grpc.status[err.code] ?? err.code}: ${details}` };
  }
}

function snakeToCamel(s: string): string {
  return s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
