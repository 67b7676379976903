import type { Delta, WindowRole } from './contract';

/** Which kinds of change each window role draws; the rest never crosses the bridge to it. */
const ROLE_KINDS: Record<WindowRole, readonly (keyof Delta)[]> = {
  map: ['incidents', 'units', 'alerts', 'cameras'],
  wall: ['cameras', 'detections', 'incidents'],
  incidents: ['incidents', 'units'],
  alerts: ['alerts', 'cameras'],
  command: ['incidents', 'units', 'alerts', 'cameras'],
};

export function deltaForRole(role: WindowRole, delta: Delta): Delta | null {
  let out: Delta | null = null;
  for (const kind of ROLE_KINDS[role]) {
    const items = delta[kind];
    if (items?.length) (out ??= {})[kind] = items as never;
  }
  return out;
}
