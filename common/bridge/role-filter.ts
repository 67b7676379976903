import type { Delta, MapContext, WindowRole } from './contract';

/** Which kinds of change each window role draws; the rest never crosses the bridge to it. */
const ROLE_KINDS: Record<WindowRole, readonly (keyof Delta)[]> = {
  map: ['incidents', 'units', 'alerts', 'cameras', 'sensors', 'floodRisks', 'corridors'],
  wall: ['cameras', 'detections', 'incidents', 'alerts'],
  incidents: ['incidents', 'units'],
  alerts: ['alerts', 'cameras'],
  command: ['incidents', 'units', 'alerts', 'cameras', 'floodRisks', 'corridors'],
};

/** Within a kind, what a role draws: the wall flashes tiles for alerts on cameras, and needs no other alerts. */
const ROLE_ITEMS: Partial<Record<WindowRole, { [K in keyof Delta]?: (item: NonNullable<Delta[K]>[number]) => boolean }>> = {
  wall: { alerts: (a) => a.assetKind === 'camera' },
};

export function deltaForRole(role: WindowRole, delta: Delta): Delta | null {
  let out: Delta | null = null;
  for (const kind of ROLE_KINDS[role]) {
    let items = delta[kind] as unknown[] | undefined;
    const keep = ROLE_ITEMS[role]?.[kind] as ((item: unknown) => boolean) | undefined;
    if (keep && items) items = items.filter(keep);
    if (items?.length) (out ??= {})[kind] = items as never;
  }
  return out;
}

const EMPTY_COLLECTION = { type: 'FeatureCollection', features: [] } as const;

/**
 * Only the map draws geometry: other windows get the ward list (names, centres, bounds) and the
 * import summary, not megabytes of polygons they never use.
 */
export function mapContextForRole(role: WindowRole, ctx: MapContext): MapContext {
  if (role === 'map') return ctx;
  return { wards: ctx.wards, wardAreas: EMPTY_COLLECTION, roads: EMPTY_COLLECTION, water: EMPTY_COLLECTION, points: {}, imported: ctx.imported, operator: ctx.operator };
}
