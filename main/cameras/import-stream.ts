// ImportCameras over gRPC: the file travels as a client stream of ≤ 1 MiB chunks (first chunk names it).
import * as grpc from '@grpc/grpc-js';
import type { CameraImportFormat } from '../../common/domain/camera-registry';
import type { InferenceServiceClient } from '../../proto/clients';
import type { ImportCamerasResponse__Output } from '../../proto/gen/watchfloor/inference/v1/ImportCamerasResponse';

export const IMPORT_CHUNK_BYTES = 1024 * 1024;

export interface CameraFileUpload {
  requestId: string;
  format: CameraImportFormat;
  fileName: string;
  data: Buffer;
}

/** Streams the file and resolves with the engine's answer; onChunk(sent, total) after each chunk is queued. */
export function importCamerasOverGrpc(
  client: InferenceServiceClient,
  upload: CameraFileUpload,
  deadlineMs: number,
  onChunk?: (sent: number, total: number) => void,
): Promise<ImportCamerasResponse__Output> {
  return new Promise((resolve, reject) => {
    const call = client.ImportCameras(new grpc.Metadata(), { deadline: Date.now() + deadlineMs }, (err, res) => (err ? reject(err) : resolve(res!)));
    const total = Math.max(1, Math.ceil(upload.data.length / IMPORT_CHUNK_BYTES));
    let i = 0;
    const pump = () => {
      while (i < total) {
        const data = upload.data.subarray(i * IMPORT_CHUNK_BYTES, (i + 1) * IMPORT_CHUNK_BYTES);
        const first = i === 0;
        i++;
        const more = call.write(first ? { request_id: upload.requestId, format: upload.format, file_name: upload.fileName, data } : { data });
        onChunk?.(i, total);
        if (!more) {
          call.once('drain', pump);
          return;
        }
      }
      call.end();
    };
    pump();
  });
}
