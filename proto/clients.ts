import * as grpc from '@grpc/grpc-js';
import { CHANNEL_OPTIONS, loadProtos } from './loader';
import type { DispatchServiceClient } from './gen/watchfloor/dispatch/v1/DispatchService';
import type { SiemServiceClient } from './gen/watchfloor/siem/v1/SiemService';
import type { InferenceServiceClient } from './gen/watchfloor/inference/v1/InferenceService';
import type { HealthClient } from './gen/grpc/health/v1/Health';

export type { DispatchServiceClient, SiemServiceClient, InferenceServiceClient, HealthClient };

const insecure = () => grpc.credentials.createInsecure();

export function dispatchClient(address: string): DispatchServiceClient {
  return new (loadProtos().watchfloor.dispatch.v1.DispatchService)(address, insecure(), CHANNEL_OPTIONS);
}

export function siemClient(address: string): SiemServiceClient {
  return new (loadProtos().watchfloor.siem.v1.SiemService)(address, insecure(), CHANNEL_OPTIONS);
}

export function inferenceClient(address: string): InferenceServiceClient {
  return new (loadProtos().watchfloor.inference.v1.InferenceService)(address, insecure(), CHANNEL_OPTIONS);
}

export function healthClient(address: string): HealthClient {
  return new (loadProtos().grpc.health.v1.Health)(address, insecure(), CHANNEL_OPTIONS);
}

/** Typed from the generated overloads' last form (argument, callback); called with options. */
type UnaryMethod<Req, Res> = (req: Req, cb: grpc.requestCallback<Res>) => grpc.ClientUnaryCall;
type UnaryWithOptions<Req, Res> = (req: Req, md: grpc.Metadata, options: grpc.CallOptions, cb: grpc.requestCallback<Res>) => grpc.ClientUnaryCall;

/** Calls a unary RPC with a deadline; rejects with the grpc ServiceError (code, details, metadata). */
export function callUnary<Req, Res>(client: grpc.Client, method: UnaryMethod<Req, Res>, req: Req, deadlineMs = 5000): Promise<Res> {
  return new Promise((resolve, reject) => {
    (method as unknown as UnaryWithOptions<Req, Res>).call(client, req, new grpc.Metadata(), { deadline: Date.now() + deadlineMs }, (err, res) => (err ? reject(err) : resolve(res as Res)));
  });
}

export function isServiceError(err: unknown): err is grpc.ServiceError {
  return typeof err === 'object' && err !== null && typeof (err as grpc.ServiceError).code === 'number' && 'details' in err;
}
