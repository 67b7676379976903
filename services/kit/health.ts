import * as grpc from '@grpc/grpc-js';
import { loadProtos } from '../../proto/loader';
import type { HealthCheckRequest__Output } from '../../proto/gen/grpc/health/v1/HealthCheckRequest';
import type { HealthCheckResponse } from '../../proto/gen/grpc/health/v1/HealthCheckResponse';

type ServingStatus = 'SERVING' | 'NOT_SERVING';

/** grpc.health.v1: "" is the server as a whole; each engine registers its full service name. */
export class HealthService {
  private statuses = new Map<string, ServingStatus>([['', 'SERVING']]);
  private watchers = new Set<{ service: string; call: grpc.ServerWritableStream<HealthCheckRequest__Output, HealthCheckResponse> }>();

  set(service: string, status: ServingStatus): void {
    this.statuses.set(service, status);
    for (const w of this.watchers) if (w.service === service) w.call.write({ status });
  }

  /** Marks everything NOT_SERVING (graceful shutdown). */
  shutdown(): void {
    for (const s of this.statuses.keys()) this.set(s, 'NOT_SERVING');
  }

  addToServer(server: grpc.Server): void {
    server.addService(loadProtos().grpc.health.v1.Health.service, {
      Check: (call: grpc.ServerUnaryCall<HealthCheckRequest__Output, HealthCheckResponse>, cb: grpc.sendUnaryData<HealthCheckResponse>) => {
        const status = this.statuses.get(call.request.service);
        if (!status) return cb({ code: grpc.status.NOT_FOUND, details: `service "${call.request.service}" is unknown to this engine` });
        cb(null, { status });
      },
      Watch: (call: grpc.ServerWritableStream<HealthCheckRequest__Output, HealthCheckResponse>) => {
        const w = { service: call.request.service, call };
        this.watchers.add(w);
        call.write({ status: this.statuses.get(w.service) ?? 'SERVICE_UNKNOWN' });
        call.on('cancelled', () => this.watchers.delete(w));
        call.on('close', () => this.watchers.delete(w));
      },
    });
  }
}
