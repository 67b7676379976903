import { it } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { isRetryable, toBridgeError } from './grpc-error-map';
import { CURRENT_RECORD_KEY } from '../../proto/loader';

const err = (code: grpc.status, details: string, metadata = new grpc.Metadata()) => Object.assign(new Error(details), { code, details, metadata });

it('keeps the field an engine named, in the console spelling', () => {
  const e = toBridgeError(err(grpc.status.INVALID_ARGUMENT, 'expected_version: must be ≥ 1'));
  assert.equal(e.code, 'INVALID_ARGUMENT');
  assert.equal(e.field, 'expectedVersion');
});

it('carries the current record of a conflict', () => {
  const md = new grpc.Metadata();
  md.set(CURRENT_RECORD_KEY, Buffer.from(JSON.stringify({ id: 'INC-1', version: 4 })));
  const e = toBridgeError(err(grpc.status.ABORTED, 'incident INC-1 is at version 4, not 2', md));
  assert.equal(e.code, 'CONFLICT');
  assert.deepEqual(e.current, { id: 'INC-1', version: 4 });
});

it('retries only when the engine did not get it or we cannot tell', () => {
  assert.ok(isRetryable(err(grpc.status.UNAVAILABLE, 'x')));
  assert.ok(isRetryable(err(grpc.status.DEADLINE_EXCEEDED, 'x')));
  assert.ok(!isRetryable(err(grpc.status.INVALID_ARGUMENT, 'x')));
  assert.ok(!isRetryable(err(grpc.status.ABORTED, 'x')));
  assert.ok(!isRetryable(new Error('x')));
});
