// Asks ffprobe which codec a stream's video has, so H.264 is remuxed (-c copy) and the rest transcoded.
import { execFile } from 'node:child_process';
import type { StreamSource } from './stream-source';

const PROBE_TIMEOUT_MS = 10_000;

export type ProbeResult = { ok: true; codec: string } | { ok: false; error: string };

export function probeVideoCodec(ffprobePath: string, source: StreamSource): Promise<ProbeResult> {
  const args = ['-v', 'error', ...(source.kind === 'rtsp' ? ['-rtsp_transport', 'tcp'] : []), '-select_streams', 'v:0', '-show_entries', 'stream=codec_name', '-of', 'csv=p=0', source.input];
  return new Promise((resolve) => {
    execFile(ffprobePath, args, { timeout: PROBE_TIMEOUT_MS, shell: false }, (err, stdout, stderr) => {
      const codec = String(stdout).trim().split('\n')[0];
      if (err || !codec) {
        const why = String(stderr).trim().split('\n').pop() || (err ? String(err.message) : 'no video stream');
        resolve({ ok: false, error: `cannot read video from ${source.url}: ${why}` });
      } else resolve({ ok: true, codec });
    });
  });
}
