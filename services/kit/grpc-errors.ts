import * as grpc from '@grpc/grpc-js';
import { CURRENT_RECORD_KEY } from '../../proto/loader';

/** An error a handler throws to answer with a specific gRPC status. */
export class EngineError extends Error {
  constructor(
    readonly code: grpc.status,
    message: string,
    readonly metadata?: grpc.Metadata,
  ) {
    super(message);
  }

  toServiceError(): Partial<grpc.StatusObject> {
    return { code: this.code, details: this.message, metadata: this.metadata };
  }
}

export function invalidArgument(field: string, message: string): EngineError {
  return new EngineError(grpc.status.INVALID_ARGUMENT, `${field}: ${message}`);
}

export function notFound(what: string, id: string): EngineError {
  return new EngineError(grpc.status.NOT_FOUND, `${what} ${id} does not exist`);
}

/** A stale expected_version: the current record travels back so the console can show the conflict. */
export function staleVersion(what: string, id: string, expected: number, current: { version?: number }): EngineError {
  return conflict(`${what} ${id} is at version ${current.version}, not ${expected}: it was changed meanwhile`, current);
}

/** ABORTED with the current record in trailing metadata, so the console can show both versions. */
export function conflict(message: string, current: unknown): EngineError {
  const md = new grpc.Metadata();
  md.set(CURRENT_RECORD_KEY, Buffer.from(JSON.stringify(current)));
  return new EngineError(grpc.status.ABORTED, message, md);
}

export function failedPrecondition(message: string): EngineError {
  return new EngineError(grpc.status.FAILED_PRECONDITION, message);
}

/** Validates a request_id: required, a UUID-like token of 8–64 safe characters. */
export function requireRequestId(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw invalidArgument('request_id', 'is required (a UUID chosen by the client)');
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(value)) throw invalidArgument('request_id', `"${value.slice(0, 80)}" is not a UUID-like token`);
  return value;
}
