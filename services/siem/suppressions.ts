import { isIP } from 'node:net';
import type { CreateSuppressionRequest__Output } from '../../proto/gen/watchfloor/siem/v1/CreateSuppressionRequest';
import type { SuppressionMatch__Output } from '../../proto/gen/watchfloor/siem/v1/SuppressionMatch';
import { invalidArgument, requireRequestId } from '../kit/grpc-errors';
import { applyOnce } from '../kit/mutation';
import { nextCounter } from '../store/event-log';
import type { SqlRunner } from '../store/sqlite-db';
import type { SiemStore } from './store';

export const MAX_SUPPRESSION_MS = 90 * 86_400_000;
export const MAX_PREVIEW_HOURS = 168;
const MAX_REASON_CHARS = 500;

export interface Match {
  rule_id: string;
  asset_id: string;
  source_ip: string;
}

export interface StoredSuppression extends Match {
  id: string;
  reason: string;
  expires_ms: number;
  created_ms: number;
  created_by: string;
  hits: number;
}

/** Who a detection or an alert is about, in the fields a suppression matches on. */
export interface Subject {
  ruleId: string;
  assetId: string;
  sourceIp: string;
}

/** Checks a match: at least one field, a known rule, a real address. */
export function validateMatch(m: SuppressionMatch__Output | null, knownRules: ReadonlySet<string>, field = 'match'): Match {
  const match = { rule_id: (m?.rule_id ?? '').trim(), asset_id: (m?.asset_id ?? '').trim(), source_ip: (m?.source_ip ?? '').trim() };
  if (!match.rule_id && !match.asset_id && !match.source_ip) throw invalidArgument(field, 'give a rule_id, an asset_id or a source_ip (or several)');
  if (match.rule_id && !knownRules.has(match.rule_id)) throw invalidArgument(`${field}.rule_id`, `no loaded rule has the id ${JSON.stringify(match.rule_id)}`);
  if (match.source_ip && !isIP(match.source_ip)) throw invalidArgument(`${field}.source_ip`, `${JSON.stringify(match.source_ip)} is not an IPv4 or IPv6 address`);
  return match;
}

export function matches(m: Match, s: Subject): boolean {
  return (!m.rule_id || m.rule_id === s.ruleId) && (!m.asset_id || m.asset_id === s.assetId) && (!m.source_ip || m.source_ip === s.sourceIp);
}

/** The suppressions in force, held in memory for the ingest path and stored with their hit counts. */
export class Suppressions {
  private active: StoredSuppression[] = [];

  constructor(private readonly store: SiemStore) {}

  async load(): Promise<void> {
    const rows = await this.store.db.all<{ data: string; hits: number }>('SELECT data, hits FROM suppressions WHERE expires_ms > ?', [Date.now()]);
    this.active = rows.map((r) => ({ ...(JSON.parse(r.data) as StoredSuppression), hits: r.hits }));
  }

  /** The suppression that hides this detection now, counted as a hit in the caller's transaction. */
  async suppress(tx: SqlRunner, s: Subject, now: number): Promise<StoredSuppression | undefined> {
    if (this.active.length === 0) return undefined;
    const hit = this.active.find((x) => x.expires_ms > now && matches(x, s));
    if (!hit) return undefined;
    hit.hits++;
    await tx.run('UPDATE suppressions SET hits = hits + 1 WHERE id = ?', [hit.id]);
    return hit;
  }

  async list(includeExpired: boolean, now = Date.now()): Promise<StoredSuppression[]> {
    const rows = await this.store.db.all<{ data: string; hits: number }>(
      includeExpired ? 'SELECT data, hits FROM suppressions ORDER BY id' : 'SELECT data, hits FROM suppressions WHERE expires_ms > ? ORDER BY id',
      includeExpired ? [] : [now],
    );
    return rows.map((r) => ({ ...(JSON.parse(r.data) as StoredSuppression), hits: r.hits }));
  }

  async preview(m: Match, hours: number, now = Date.now()) {
    const since = now - hours * 3_600_000;
    const hidden = (await this.store.alertsSeenSince(since)).filter((a) => matches(m, { ruleId: a.rule_id, assetId: a.asset_id, sourceIp: a.source_ip }));
    const ruleIds = [...new Set(hidden.map((a) => a.rule_id))].sort();
    return { alerts: hidden.length, events: hidden.reduce((n, a) => n + a.count, 0), rules: ruleIds.length, rule_ids: ruleIds, since_ms: since };
  }

  async create(req: CreateSuppressionRequest__Output, knownRules: ReadonlySet<string>, now = Date.now()): Promise<{ suppression: StoredSuppression }> {
    const requestId = requireRequestId(req.request_id);
    const match = validateMatch(req.match, knownRules);
    const reason = req.reason.trim();
    if (!reason) throw invalidArgument('reason', 'is required: say why these alerts may be hidden');
    if (reason.length > MAX_REASON_CHARS) throw invalidArgument('reason', `is ${reason.length} characters; the limit is ${MAX_REASON_CHARS}`);
    const expires = Number(req.expires_ms);
    if (!(expires > now)) throw invalidArgument('expires_ms', `must be in the future, got ${new Date(expires).toISOString()}`);
    if (expires - now > MAX_SUPPRESSION_MS) throw invalidArgument('expires_ms', 'must be within 90 days; renew it when it runs out');
    const out = await applyOnce(this.store.db, this.store.log, requestId, 'CreateSuppression', async ({ tx }) => {
      const n = await nextCounter(tx, 'suppression');
      const s: StoredSuppression = { id: `SUP-${String(n).padStart(4, '0')}`, ...match, reason, expires_ms: expires, created_ms: now, created_by: req.actor || 'unknown', hits: 0 };
      await tx.run('INSERT INTO suppressions(id, expires_ms, hits, data) VALUES (?, ?, 0, ?)', [s.id, s.expires_ms, JSON.stringify(s)]);
      return { suppression: s };
    });
    if (!this.active.some((x) => x.id === out.suppression.id)) this.active.push({ ...out.suppression });
    return out;
  }
}

export function previewHours(requested: number): number {
  if (requested === 0) return 24;
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_PREVIEW_HOURS) {
    throw invalidArgument('hours', `must be from 1 to ${MAX_PREVIEW_HOURS} (0 means 24), got ${requested}`);
  }
  return requested;
}
