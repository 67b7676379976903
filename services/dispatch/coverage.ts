import type { GeoPoint } from '../../common/domain/geo';
import type { WardRef } from '../../common/domain/wards';
import type { Router } from './routing/router';

export interface CoverageUnit {
  id: string;
  position: GeoPoint;
  capabilities: readonly string[];
}

export interface CoverageGapRecord {
  capability: string;
  ward: string;
  minutes: number;
  covering_before: number;
}

/**
 * Which available units reach each ward centre within the coverage time, per capability; asks
 * what a move would leave uncovered. Ward searches are bounded and cached by the router.
 */
export class CoverageMap {
  /** capability → how many units reach each ward (by index) within the time. */
  private readonly counts = new Map<string, Int32Array>();
  /** unit id → indexes of the wards it reaches within the time. */
  private readonly reach = new Map<string, number[]>();
  private readonly capsOf = new Map<string, readonly string[]>();

  constructor(
    router: Router,
    private readonly wards: readonly WardRef[],
    units: readonly CoverageUnit[],
    readonly capabilities: readonly string[],
    readonly minutes: number,
  ) {
    const limitS = minutes * 60;
    const relevant = units.filter((u) => u.capabilities.some((c) => capabilities.includes(c)));
    const snaps = relevant.map((u) => router.snap(u.position));
    for (const c of capabilities) this.counts.set(c, new Int32Array(wards.length));
    for (const u of relevant) {
      this.reach.set(u.id, []);
      this.capsOf.set(u.id, u.capabilities.filter((c) => capabilities.includes(c)));
    }
    wards.forEach((w, wi) => {
      const dest = router.towardsCached(`ward:${w.name}`, w.center, limitS);
      relevant.forEach((u, i) => {
        if (dest.etaFromSnapped(u.position, snaps[i]) > limitS) return;
        this.reach.get(u.id)!.push(wi);
        for (const c of this.capsOf.get(u.id)!) this.counts.get(c)![wi]++;
      });
    });
  }

  /** Wards that some unit in `moved` covers now and nobody would cover after they all leave. */
  gapsIfMoved(moved: ReadonlySet<string>): CoverageGapRecord[] {
    const leaving = new Map<string, Int32Array>();
    for (const id of moved) {
      for (const c of this.capsOf.get(id) ?? []) {
        let arr = leaving.get(c);
        if (!arr) leaving.set(c, (arr = new Int32Array(this.wards.length)));
        for (const wi of this.reach.get(id)!) arr[wi]++;
      }
    }
    const gaps: CoverageGapRecord[] = [];
    for (const c of this.capabilities) {
      const gone = leaving.get(c);
      if (!gone) continue;
      const count = this.counts.get(c)!;
      this.wards.forEach((w, wi) => {
        if (gone[wi] > 0 && gone[wi] === count[wi]) gaps.push({ capability: c, ward: w.name, minutes: this.minutes, covering_before: count[wi] });
      });
    }
    return gaps;
  }
}

/**
 * Keeps the last coverage map while the available units stand still: AVL updates move a few
 * units every few seconds, while operators ask for recommendations far more often in a surge.
 */
export class CoverageCache {
  private key = '';
  private map?: CoverageMap;

  get(router: Router, wards: readonly WardRef[], units: readonly CoverageUnit[], capabilities: readonly string[], minutes: number): CoverageMap {
    const key = `${minutes}|${capabilities.join(',')}|${wards.length}|${units.length}|${fingerprint(units)}`;
    if (!this.map || key !== this.key) {
      this.map = new CoverageMap(router, wards, units, capabilities, minutes);
      this.key = key;
    }
    return this.map;
  }
}

/** Two 32-bit FNV-1a hashes over ids and positions: no 5,000-part string per request. */
function fingerprint(units: readonly CoverageUnit[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const mix = (x: number) => {
    h1 = Math.imul(h1 ^ x, 0x01000193);
    h2 = Math.imul(h2 ^ x, 0x5bd1e995) ^ (h2 >>> 13);
  };
  for (const u of units) {
    for (let i = 0; i < u.id.length; i++) mix(u.id.charCodeAt(i));
    mix(Math.round(u.position.lat * 1e7));
    mix(Math.round(u.position.lon * 1e7));
    mix(u.capabilities.length);
  }
  return `${h1 >>> 0}:${h2 >>> 0}`;
}

/** "no medical within 10 min of Hoàn Kiếm, Cửa Nam after this", one clause per capability. */
export function describeGaps(gaps: readonly CoverageGapRecord[]): string {
  if (gaps.length === 0) return 'coverage kept';
  const byCap = new Map<string, string[]>();
  for (const g of gaps) byCap.set(g.capability, [...(byCap.get(g.capability) ?? []), g.ward]);
  return [...byCap]
    .map(([c, wards]) => `no ${c} within ${gaps[0].minutes} min of ${wards.length > 4 ? `${wards.slice(0, 4).join(', ')} and ${wards.length - 4} more wards` : `ward ${wards.join(', ')}`} after this`)
    .join('; ');
}
