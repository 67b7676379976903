// Worker thread for `npm run bench -- dispatch`: a share of the console clients, each on its own
// connection with a WatchDispatch stream; records when each update reached each client.
import * as fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import * as grpc from '@grpc/grpc-js';
import type { DispatchServiceClient } from '../proto/gen/watchfloor/dispatch/v1/DispatchService';
import { CHANNEL_OPTIONS, loadProtos } from '../proto/loader';

export interface ClientsJob {
  address: string;
  clients: number;
  afterSeq: string;
  /** Updates in the run; update k arrives as a unit with heading k/1000 or an incident "bench k". */
  total: number;
}

/** Epoch milliseconds with sub-millisecond precision, comparable across threads. */
export const nowAbs = () => performance.timeOrigin + performance.now();

/** CPU seconds (user + system) used so far by the calling thread; Linux only, NaN elsewhere. */
export function threadCpuSeconds(): number {
  try {
    // Fields after the "(comm)" name: utime and stime are the 12th and 13th, in clock ticks (100/s).
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
}

function run(job: ClientsJob) {
  const Service = loadProtos().watchfloor.dispatch.v1.DispatchService;
  const received = new Float64Array(job.total * job.clients).fill(NaN);
  const clients: DispatchServiceClient[] = [];
  const streams: grpc.ClientReadableStream<unknown>[] = [];
  let ready = 0;
  let announced = false;
  const announce = () => {
    if (announced) return;
    announced = true;
    parentPort!.postMessage({ ready: true, streamsUp: ready });
  };
  // Both servers send headers at once; updates start only when every stream is up (a busy machine
  // can take seconds to connect 50 channels), or after 30 s with the count said.
  setTimeout(announce, 30_000);
  for (let i = 0; i < job.clients; i++) {
    const c = new Service(job.address, grpc.credentials.createInsecure(), { ...CHANNEL_OPTIONS, 'grpc.use_local_subchannel_pool': 1 }) as DispatchServiceClient;
    const s = c.WatchDispatch({ after_seq: job.afterSeq });
    const base = i * job.total;
    s.on('metadata', () => ++ready === job.clients && announce());
    s.on('data', (e: { unit?: { heading_deg: number }; incident?: { description: string } }) => {
      const k = e.unit ? Math.round(e.unit.heading_deg * 1000) : e.incident ? Number(e.incident.description.slice(6)) : NaN;
      if (k >= 0 && k < job.total) received[base + k] = nowAbs();
    });
    s.on('error', () => undefined);
    clients.push(c);
    streams.push(s);
  }
  const cpu0 = threadCpuSeconds();
  parentPort!.on('message', (m: { stop?: boolean }) => {
    if (!m.stop) return;
    const cpuSeconds = threadCpuSeconds() - cpu0;
    for (const s of streams) s.cancel();
    for (const c of clients) c.close();
    parentPort!.postMessage({ received, cpuSeconds }, [received.buffer]);
  });
}

if (parentPort && workerData) run(workerData as ClientsJob);
