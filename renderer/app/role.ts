import { isWindowRole, type WindowRole } from '../../common/bridge/contract';

export type RoleParse = { ok: true; role: WindowRole } | { ok: false; given: string };

/** The window role from the page query (`?role=`); map when absent. */
export function parseRole(search: string): RoleParse {
  const given = new URLSearchParams(search).get('role');
  if (given === null || given === '') return { ok: true, role: 'map' };
  return isWindowRole(given) ? { ok: true, role: given } : { ok: false, given };
}

/** ws(s)://host/bridge?role=…[&token=…] for the web host. */
export function bridgeSocketUrl(loc: { protocol: string; host: string; search: string }, role: WindowRole): string {
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  const q = new URLSearchParams({ role });
  const token = new URLSearchParams(loc.search).get('token');
  if (token) q.set('token', token);
  return `${scheme}//${loc.host}/bridge?${q.toString()}`;
}
