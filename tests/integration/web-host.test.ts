// The web shell over real HTTP/WebSocket: access policy, token, origin check, bridge frames.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import WebSocket from 'ws';
import type { ServerFrame } from '../../common/bridge/contract';
import type { Result } from '../../common/result';
import type { BridgeHost, WindowLink } from '../../main/bridge/window-link';
import { startWebHost, type WebHost } from '../../main/host/web-host';
import { quietLogger, tempDir } from './helpers';

/** A bridge that answers getSnapshot and records windows, so the shell is tested on its own. */
function fakeCore() {
  const links: WindowLink[] = [];
  const bridge: BridgeHost = {
    connect: (link) => {
      links.push(link);
      return () => links.splice(links.indexOf(link), 1);
    },
    call: async (_id, method): Promise<Result<unknown>> =>
      method === 'getSnapshot' ? { ok: true, value: { incidents: [] } } : { ok: false, error: { code: 'UNKNOWN_METHOD', message: `unknown ${String(method)}` } },
  };
  return { bridge, links };
}

function rendererDir(): string {
  const dir = tempDir('renderer');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>wf</title>');
  return dir;
}

function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

describe('web host', () => {
  const core = fakeCore();
  let host: WebHost;
  let tokenHost: WebHost;
  const token = 'wall-controller-token-2026';

  before(async () => {
    const dir = rendererDir();
    host = await startWebHost({ bridge: core.bridge, rendererDir: dir, logger: quietLogger });
    tokenHost = await startWebHost({ bridge: core.bridge, rendererDir: dir, token, logger: quietLogger });
  });
  after(async () => {
    await host.close();
    await tokenHost.close();
  });

  it('refuses to listen on a LAN address without a token', async () => {
    await assert.rejects(startWebHost({ bridge: core.bridge, rendererDir: rendererDir(), host: '0.0.0.0', logger: quietLogger }), /Refusing to listen on 0\.0\.0\.0 without an access token/);
  });

  it('serves the renderer with a CSP and refuses paths outside it', async () => {
    const res = await fetch(`${host.url}?role=map`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const escape = await fetch(`${host.url}..%2f..%2fetc%2fpasswd`);
    assert.ok([403, 404].includes(escape.status));
  });

  it('answers bridge calls over the WebSocket and pushes events to the window role', async () => {
    const ws = await connect(`${host.url.replace('http', 'ws')}bridge?role=alerts`);
    const frames: ServerFrame[] = [];
    ws.on('message', (d) => frames.push(JSON.parse(String(d))));
    ws.send(JSON.stringify({ t: 'call', id: 7, method: 'getSnapshot', args: {} }));
    ws.send('not json');
    ws.send(JSON.stringify({ t: 'call', id: 8, method: 'rm -rf', args: {} }));
    while (frames.length < 2) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(frames.find((f) => f.t === 'result' && f.id === 7), { t: 'result', id: 7, result: { ok: true, value: { incidents: [] } } });
    const bad = frames.find((f) => f.t === 'result' && f.id === 8) as Extract<ServerFrame, { t: 'result' }>;
    assert.equal(!bad.result.ok && bad.result.error.code, 'UNKNOWN_METHOD');
    const link = core.links.find((l) => l.role === 'alerts')!;
    link.send({ channel: 'selection', payload: { kind: 'alert', id: 'ALR-000001' } });
    while (!frames.some((f) => f.t === 'event')) await new Promise((r) => setTimeout(r, 10));
    ws.close();
  });

  it('refuses a cross-site page, an unknown role, and a missing token', async () => {
    const base = host.url.replace('http', 'ws');
    await assert.rejects(connect(`${base}bridge?role=map`, { origin: 'https://evil.example' }), /HTTP 403/);
    await assert.rejects(connect(`${base}bridge?role=toaster`), /HTTP 400/);
    const tbase = tokenHost.url.replace('http', 'ws');
    await assert.rejects(connect(`${tbase}bridge?role=map`), /HTTP 401/);
    assert.equal((await fetch(tokenHost.url)).status, 401);
    const ws = await connect(`${tbase}bridge?role=map&token=${token}`);
    ws.close();
    assert.equal((await fetch(`${tokenHost.url}?token=${token}`)).status, 200);
  });
});
