// app://watchfloor/… serves the built renderer (dist/renderer) instead of file://, so pages get a
// real origin and no file-system reach. Anything outside the root is refused.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CustomScheme, Net, Protocol } from 'electron';
import type { Logger } from '../../common/log';
import { CONTENT_SECURITY_POLICY } from './security';
import type { TileHttpResponse } from '../tiles/tile-service';

export const APP_SCHEME = 'app';
export const APP_HOST = 'watchfloor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must be registered before the app is ready. */
export const APP_SCHEME_PRIVILEGED: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

export type AppRequestResolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

export function resolveAppRequest(rootDir: string, requestUrl: string): AppRequestResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404, reason: 'unknown host' };
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'bad percent-encoding' };
  }
  const segments = relative.split('/');
  if (relative.includes('\0') || relative.includes('\\') || segments.some((s) => s === '..')) {
    return { ok: false, status: 403, reason: 'path traversal' };
  }
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep)) return { ok: false, status: 403, reason: 'outside the renderer root' };
  return { ok: true, file };
}

/** Same-origin tiles (app://watchfloor/tiles/…) from the console's tile service. */
export type AppTileRoute = { handleHttp(pathname: string): Promise<TileHttpResponse> };

export function registerAppProtocol(protocol: Protocol, net: Net, rootDir: string, logger: Logger, tiles?: () => AppTileRoute | undefined): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const tileRoute = tiles?.();
    const tilePath = tileRoute ? appTilePath(request.url) : null;
    if (tileRoute && tilePath) {
      const r = await tileRoute.handleHttp(tilePath);
      return new Response(r.status === 204 ? null : new Uint8Array(typeof r.body === 'string' ? Buffer.from(r.body) : r.body), { status: r.status, headers: r.headers });
    }
    const resolved = resolveAppRequest(rootDir, request.url);
    if (!resolved.ok) {
      logger.warn('app:// request refused', { url: request.url, status: resolved.status, reason: resolved.reason });
      return new Response(null, { status: resolved.status });
    }
    try {
      const file = await net.fetch(pathToFileURL(resolved.file).toString());
      const headers = new Headers(file.headers);
      // webRequest header hooks do not run for custom protocols, so the policy is set here too.
      headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      headers.set('X-Content-Type-Options', 'nosniff');
      return new Response(file.body, { status: file.status, headers });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

/** The path of a tile request on our own origin, else null. */
export function appTilePath(requestUrl: string): string | null {
  try {
    const u = new URL(requestUrl);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.pathname.startsWith('/tiles/') ? u.pathname : null;
  } catch {
    return null;
  }
}

/** True for our own pages (app://watchfloor/…), not for look-alike hosts such as app://watchfloor.evil. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}
