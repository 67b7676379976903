// The unit status board: per agency, how many units are in each status, and who is where. Pure.
import { AGENCIES, UNIT_STATUSES, type Agency, type Unit, type UnitStatus } from '../../../../common/domain/unit';

export interface AgencyRow {
  agency: Agency;
  counts: Record<UnitStatus, number>;
  total: number;
  /** Busy first (on an incident), then by call sign. */
  units: Unit[];
}

const BUSY_FIRST: Record<UnitStatus, number> = { on_scene: 0, en_route: 1, dispatched: 2, returning: 3, available: 4, out_of_service: 5 };

export function unitBoard(units: Iterable<Unit>): AgencyRow[] {
  const rows = new Map<Agency, AgencyRow>();
  for (const u of units) {
    let row = rows.get(u.agency);
    if (!row) {
      row = { agency: u.agency, counts: Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0])) as Record<UnitStatus, number>, total: 0, units: [] };
      rows.set(u.agency, row);
    }
    row.counts[u.status] = (row.counts[u.status] ?? 0) + 1;
    row.total++;
    row.units.push(u);
  }
  for (const r of rows.values()) r.units.sort((a, b) => BUSY_FIRST[a.status] - BUSY_FIRST[b.status] || a.callSign.localeCompare(b.callSign));
  return AGENCIES.filter((a) => rows.has(a)).map((a) => rows.get(a)!);
}

/** Incidents per type or ward, most first, for the counts strip. */
export function countsBy<K extends 'type' | 'ward'>(incidents: Iterable<{ type: string; ward: string }>, key: K, limit = 8): { key: string; n: number }[] {
  const n = new Map<string, number>();
  for (const i of incidents) {
    const k = i[key];
    if (k) n.set(k, (n.get(k) ?? 0) + 1);
  }
  return [...n].map(([k, v]) => ({ key: k, n: v })).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key, 'vi')).slice(0, limit);
}
