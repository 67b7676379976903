// Result envelopes cross every process boundary: Electron IPC and WebSockets drop Error details.

export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'TIMEOUT'
  | 'UNKNOWN_METHOD'
  | 'FORBIDDEN'
  | 'INTERNAL';

export interface BridgeError {
  code: ErrorCode;
  /** English, specific: names the field and the value. */
  message: string;
  /** The input field at fault, when there is one. */
  field?: string;
  /** Message catalogue key, so the window can say it in the operator's language. */
  key?: string;
  params?: Record<string, string | number>;
  /** For CONFLICT: the record as it is now. */
  current?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: BridgeError): Result<T> {
  return { ok: false, error };
}

export function invalid<T = never>(
  field: string,
  message: string,
  key?: string,
  params?: Record<string, string | number>,
): Result<T> {
  return fail({ code: 'INVALID_ARGUMENT', field, message, key, params });
}
