import * as http from 'node:http';
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { isWindowRole, WINDOW_ROLES, type ClientFrame, type ServerFrame } from '../../common/bridge/contract';
import type { Logger } from '../../common/log';
import type { BridgeHost } from '../bridge/window-link';
import { checkListenPolicy, originAllowed, tokenMatches } from './access';
import { serveStatic } from './static-files';
import type { TileHttpResponse } from '../tiles/tile-service';

export interface WebHostOptions {
  bridge: BridgeHost;
  rendererDir: string;
  host?: string;
  port?: number;
  token?: string;
  logger: Logger;
  /** Basemap tiles at /tiles/… on the page's own origin (main/tiles). */
  tiles?: { handleHttp(pathname: string): Promise<TileHttpResponse> };
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_FRAME_BYTES = 1024 * 1024;
/** A window that stops reading is dropped rather than letting main buffer without bound. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
const TOKEN_COOKIE = 'wf_token';

/** The web shell: the built renderer over HTTP and the bridge over one WebSocket per window. */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const host = opts.host ?? '127.0.0.1';
  const refusal = checkListenPolicy(host, opts.token);
  if (refusal) throw new Error(refusal);
  if (!fs.existsSync(`${opts.rendererDir}/index.html`)) {
    throw new Error(`the renderer is not built (${opts.rendererDir}/index.html missing): run npm run build:renderer`);
  }
  const log = opts.logger;
  let windowSerial = 0;

  const tokenOf = (req: http.IncomingMessage, url: URL) =>
    url.searchParams.get('token') ?? /(?:^|;\s*)wf_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? null;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const given = tokenOf(req, url);
    if (!tokenMatches(opts.token, given)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' }).end('Watchfloor: this console needs its access token (?token=…).');
      return;
    }
    if (opts.token && url.searchParams.has('token')) {
      res.setHeader('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(given!)}; HttpOnly; SameSite=Strict; Path=/`);
    }
    if (opts.tiles && url.pathname.startsWith('/tiles/')) {
      opts.tiles.handleHttp(url.pathname).then(
        (r) => res.writeHead(r.status, { ...r.headers, 'x-content-type-options': 'nosniff' }).end(req.method === 'HEAD' ? undefined : r.body),
        (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`tile route failed: ${String(err)}`),
      );
      return;
    }
    serveStatic(opts.rendererDir, url.pathname, res);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const reject = (status: number, why: string) => {
      log.warn('bridge connection refused', { why, remote: req.socket.remoteAddress });
      socket.end(`HTTP/1.1 ${status} ${why}\r\n\r\n`);
    };
    if (url.pathname !== '/bridge') return reject(404, 'Not Found');
    if (!originAllowed(req.headers.origin, req.headers.host)) return reject(403, 'Forbidden origin');
    if (!tokenMatches(opts.token, tokenOf(req, url))) return reject(401, 'Unauthorized');
    const role = url.searchParams.get('role') ?? 'map';
    if (!isWindowRole(role)) return reject(400, `Unknown role (use ${WINDOW_ROLES.join(', ')})`);
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, role));
  });

  function attach(ws: WebSocket, role: (typeof WINDOW_ROLES)[number]) {
    const id = `web-${++windowSerial}`;
    const send = (frame: ServerFrame) => {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
        log.warn('window is not reading; closing it', { window: id, buffered: ws.bufferedAmount });
        ws.close(1013, 'too slow');
        return;
      }
      ws.send(JSON.stringify(frame));
    };
    const detach = opts.bridge.connect({
      id,
      role,
      send: (event) => send({ t: 'event', event }),
      sendBinary: (data) => {
        if (ws.readyState === ws.OPEN) ws.send(data, { binary: true });
      },
      bufferedBytes: () => ws.bufferedAmount,
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        log.warn('binary frame from a window ignored: windows send JSON calls only', { window: id });
        return;
      }
      let frame: ClientFrame;
      try {
        frame = JSON.parse(String(data)) as ClientFrame;
      } catch {
        log.warn('bridge frame is not JSON', { window: id });
        return;
      }
      if (frame?.t !== 'call' || typeof frame.id !== 'number') {
        log.warn('bridge frame has no call id', { window: id });
        return;
      }
      void opts.bridge.call(id, frame.method, frame.args).then((result) => send({ t: 'result', id: frame.id, result }));
    });
    ws.on('close', detach);
    ws.on('error', (err) => log.warn('window socket error', { window: id, error: String(err) }));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${opts.port} on ${host} is in use: choose another with --port` : err.message)),
    );
    server.listen(opts.port ?? 0, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
