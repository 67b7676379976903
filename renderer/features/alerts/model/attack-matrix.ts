// The ATT&CK matrix as data: tactics as columns (Enterprise or ICS), a cell per technique that a
// loaded rule tags or an alert carries, each with its alert count for the chosen period. Pure.
import attackIds from '../../../../assets/attack/attack-ids.json';
import type { Alert } from '../../../../common/domain/alert';

export const ATTACK_DOMAINS = ['enterprise', 'ics'] as const;
export type AttackDomain = (typeof ATTACK_DOMAINS)[number];

/** open: not closed now; the others: seen (last event) within the window, any status. */
export const MATRIX_PERIODS = ['open', '24h', '7d', '30d'] as const;
export type MatrixPeriod = (typeof MATRIX_PERIODS)[number];
const PERIOD_MS: Record<Exclude<MatrixPeriod, 'open'>, number> = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };

export interface AttackTactic {
  id: string;
  /** As Sigma tags spell it: credential_access. */
  short: string;
  name: string;
}

export interface AttackTechnique {
  id: string;
  domain: AttackDomain;
  name: string;
  tactics: string[];
}

export interface AttackData {
  tactics: Record<AttackDomain, AttackTactic[]>;
  techniques: AttackTechnique[];
}

export const ATTACK_DATA: AttackData = attackIds as AttackData;

/** Per data file: technique by id and the tactic short names of each technique (lookups run per alert per delta). */
const INDEX = new WeakMap<AttackData, { byId: Map<string, AttackTechnique>; shorts: Map<string, string[]> }>();
function indexOf(data: AttackData) {
  let ix = INDEX.get(data);
  if (!ix) {
    const byId = new Map(data.techniques.map((t) => [t.id, t]));
    const shorts = new Map(data.techniques.map((t) => [t.id, t.tactics.flatMap((ta) => data.tactics[t.domain].filter((x) => x.id === ta).map((x) => x.short))]));
    INDEX.set(data, (ix = { byId, shorts }));
  }
  return ix;
}

export interface MatrixCell {
  techniqueId: string;
  /** "" when the data file does not know the id (the cell shows the id alone). */
  name: string;
  alerts: number;
  ruleIds: string[];
}

export interface MatrixColumn {
  tactic: AttackTactic;
  cells: MatrixCell[];
  alerts: number;
}

export interface AttackMatrix {
  domain: AttackDomain;
  columns: MatrixColumn[];
  /** Techniques of this domain the data file has no tactic for. */
  unmapped: MatrixCell[];
  /** Highest cell count, for the colour scale. */
  max: number;
}

export interface RuleTags {
  ruleId: string;
  tags: readonly string[];
}

const TECHNIQUE_TAG = /^attack\.(t\d{4}(?:\.\d{3})?)$/;

export function techniqueIdsOfTags(tags: readonly string[]): string[] {
  return tags.flatMap((t) => {
    const m = TECHNIQUE_TAG.exec(t);
    return m ? [m[1].toUpperCase()] : [];
  });
}

const TECHNIQUES_OF = new WeakMap<Alert, string[]>();

/** The rule's technique tags and the technique the event itself named (Suricata, Wazuh). Alerts are immutable, so cached. */
export function techniquesOf(alert: Alert): string[] {
  const cached = TECHNIQUES_OF.get(alert);
  if (cached) return cached;
  const ids = new Set(techniqueIdsOfTags(alert.attackTags ?? []));
  const own = alert.mitreTechnique?.trim().toUpperCase();
  if (own && /^T\d{4}(\.\d{3})?$/.test(own)) ids.add(own);
  const out = [...ids];
  TECHNIQUES_OF.set(alert, out);
  return out;
}

/** T0xxx are ICS ids, T1xxx Enterprise, when the data file does not say. */
export function domainOf(techniqueId: string, data: AttackData = ATTACK_DATA): AttackDomain {
  return indexOf(data).byId.get(techniqueId)?.domain ?? (techniqueId.startsWith('T0') ? 'ics' : 'enterprise');
}

/** Tactic short names of the alert: its rule's tactic tags, plus the tactics of its techniques in either matrix. */
const TACTICS_OF = new WeakMap<Alert, Set<string>>();

export function alertTactics(alert: Alert, data: AttackData = ATTACK_DATA): Set<string> {
  const cached = data === ATTACK_DATA ? TACTICS_OF.get(alert) : undefined;
  if (cached) return cached;
  const out = new Set((alert.attackTags ?? []).filter((t) => t.startsWith('attack.') && !TECHNIQUE_TAG.test(t)).map((t) => t.slice('attack.'.length)));
  const { shorts } = indexOf(data);
  for (const id of techniquesOf(alert)) for (const short of shorts.get(id) ?? []) out.add(short);
  if (data === ATTACK_DATA) TACTICS_OF.set(alert, out);
  return out;
}

export function inPeriod(alert: Alert, period: MatrixPeriod, nowMs: number): boolean {
  if (period === 'open') return alert.status !== 'closed';
  return alert.lastSeenMs >= nowMs - PERIOD_MS[period];
}

export function buildAttackMatrix(
  domain: AttackDomain,
  rules: readonly RuleTags[],
  alerts: Iterable<Alert>,
  period: MatrixPeriod,
  nowMs: number,
  data: AttackData = ATTACK_DATA,
): AttackMatrix {
  const list = [...alerts];
  const cells = new Map<string, MatrixCell>();
  const cell = (id: string) => {
    let c = cells.get(id);
    if (!c) cells.set(id, (c = { techniqueId: id, name: indexOf(data).byId.get(id)?.name ?? '', alerts: 0, ruleIds: [] }));
    return c;
  };
  for (const r of rules) for (const id of techniqueIdsOfTags(r.tags)) if (domainOf(id, data) === domain) cell(id).ruleIds.push(r.ruleId);
  for (const a of list) {
    const counted = inPeriod(a, period, nowMs);
    for (const id of techniquesOf(a)) {
      if (domainOf(id, data) !== domain) continue;
      const c = cell(id);
      if (counted) c.alerts++;
      if (!c.ruleIds.includes(a.ruleId)) c.ruleIds.push(a.ruleId);
    }
  }
  const byId = (a: MatrixCell, b: MatrixCell) => a.techniqueId.localeCompare(b.techniqueId);
  const placed = new Set<string>();
  const columns = data.tactics[domain].map((tactic) => {
    const mine = [...cells.values()].filter((c) => indexOf(data).byId.get(c.techniqueId)?.tactics.includes(tactic.id)).sort(byId);
    for (const c of mine) placed.add(c.techniqueId);
    return { tactic, cells: mine, alerts: 0 };
  });
  // A column's count is of alerts, not cells: an alert with two techniques under one tactic counts once.
  for (const a of list) {
    if (!inPeriod(a, period, nowMs)) continue;
    const ids = techniquesOf(a);
    for (const col of columns) if (col.cells.some((c) => ids.includes(c.techniqueId))) col.alerts++;
  }
  const unmapped = [...cells.values()].filter((c) => !placed.has(c.techniqueId)).sort(byId);
  const max = Math.max(0, ...[...cells.values()].map((c) => c.alerts));
  return { domain, columns, unmapped, max };
}

/** 0 (no alerts) to 4 (the busiest cell), for the cell colour. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((4 * count) / max));
}
