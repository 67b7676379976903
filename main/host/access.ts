import { timingSafeEqual } from 'node:crypto';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** Refuses a LAN-facing listen address without a token of reasonable strength. */
export function checkListenPolicy(host: string, token: string | undefined): string | null {
  if (isLoopback(host)) return null;
  if (!token) {
    return `Refusing to listen on ${host} without an access token: wall controllers on the LAN would get the console unauthenticated. Set --token or WATCHFLOOR_TOKEN (at least 16 characters), or listen on 127.0.0.1.`;
  }
  if (token.length < 16) return `The access token is ${token.length} characters; use at least 16 for a LAN-facing console.`;
  return null;
}

export function tokenMatches(expected: string | undefined, given: string | null | undefined): boolean {
  if (!expected) return true;
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A browser page from another site must not drive the console: the Origin must be this host. */
export function originAllowed(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === hostHeader;
  } catch {
    return false;
  }
}
