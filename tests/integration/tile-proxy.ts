// A local XYZ tile server on 127.0.0.1 for tests: solid PNG tiles whose colour encodes z, stoppable like a real outage.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { solidPng } from '../tile-fixtures';

export interface TestTileServer {
  template: string;
  port: number;
  /** Requests per path, to see what reached the network. */
  hits: Map<string, number>;
  stop(): Promise<void>;
}

export const tileColour = (z: number): [number, number, number] => [40 + z * 5, 200, 120];

export async function startTileServer(port = 0): Promise<TestTileServer> {
  const hits = new Map<string, number>();
  const pngs = new Map<number, Buffer>();
  const server = http.createServer((req, res) => {
    const m = /^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(req.url ?? '');
    hits.set(req.url ?? '', (hits.get(req.url ?? '') ?? 0) + 1);
    if (!m) return void res.writeHead(404).end();
    const z = Number(m[1]);
    if (!pngs.has(z)) pngs.set(z, solidPng(tileColour(z)));
    res.writeHead(200, { 'content-type': 'image/png' }).end(pngs.get(z));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const actual = (server.address() as AddressInfo).port;
  return {
    template: `http://127.0.0.1:${actual}/{z}/{x}/{y}.png`,
    port: actual,
    hits,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
