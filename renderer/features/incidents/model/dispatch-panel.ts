// Pure helpers for the dispatch panel: how a suggestion reads, and what a refused dispatch means.
import type { CoverageGap, Recommendation } from '../../../../common/domain/recommendation';
import type { BridgeError } from '../../../../common/result';
import type { Translate } from '../../../i18n/translate';

export function formatEta(t: Translate, etaS: number): string {
  const s = Math.max(0, Math.round(etaS));
  return s < 60 ? t('dispatch.etaSec', { s }) : t('dispatch.etaMin', { m: Math.floor(s / 60), s: s % 60 });
}

export function formatKm(m: number): string {
  return (m / 1000).toFixed(1);
}

export function capabilityLabel(t: Translate, capability: string): string {
  const label = t(`capability.${capability}`);
  return label === `capability.${capability}` ? capability : label;
}

/** One line per capability: "No ambulance within 10 min of: Hoàn Kiếm, Cửa Nam". */
export function coverageLines(t: Translate, gaps: readonly CoverageGap[]): string[] {
  const byCap = new Map<string, { minutes: number; wards: string[] }>();
  for (const g of gaps) {
    const entry = byCap.get(g.capability) ?? { minutes: g.minutes, wards: [] };
    entry.wards.push(g.ward);
    byCap.set(g.capability, entry);
  }
  return [...byCap].map(([c, e]) => t('dispatch.coverageGap', { capability: capabilityLabel(t, c), minutes: e.minutes, wards: e.wards.join(', ') }));
}

/** Call signs of the proposed set, in the order the engine proposed them. */
export function proposedCallSigns(rec: Recommendation): string[] {
  const byId = new Map(rec.requirements.flatMap((r) => r.suggestions).map((s) => [s.unitId, s.callSign]));
  return rec.proposedUnitIds.map((id) => byId.get(id) ?? id);
}

/** How many suggestions were estimated on the road graph and how many by straight line. */
export function estimateCounts(rec: Recommendation): { road: number; straight: number } {
  const all = new Map(rec.requirements.flatMap((r) => r.suggestions).map((s) => [s.unitId, s.estimate]));
  const road = [...all.values()].filter((e) => e === 'road_graph').length;
  return { road, straight: all.size - road };
}

/** A unit taken by another incident comes back as a conflict carrying that unit. */
export function takenUnit(error: BridgeError): { unit: string; incident: string } | null {
  const cur = error.current as { callSign?: unknown; incidentId?: unknown } | undefined;
  if (error.code !== 'CONFLICT' || !cur || typeof cur.callSign !== 'string' || typeof cur.incidentId !== 'string' || !cur.incidentId) return null;
  return { unit: cur.callSign, incident: cur.incidentId };
}
