import type { Logger } from '../../common/log';
import { ASSET_KINDS } from '../../common/domain/alert';
import { nextCounter, type LoggedEvent } from '../store/event-log';
import type { SqlRunner } from '../store/sqlite-db';
import type { Asset, Detection } from './detection';
import type { SiemStore, StoredAlert } from './store';
import type { Suppressions } from './suppressions';

export const GROUP_WINDOW_MS = 10 * 60_000;
const BATCH = 2000;
/** Detections waiting for the store above which listeners stop reading their sockets. */
const HIGH_WATER = 20_000;

/**
 * Turns detections into alerts: a new alert, or count+1 on the open alert of the same rule and
 * asset seen within the grouping window. Listener detections queue here and commit in batches.
 */
export class AlertWriter {
  private pending: Detection[] = [];
  private running: Promise<void> | null = null;
  private drainWaiters: (() => void)[] = [];

  constructor(
    private readonly store: SiemStore,
    private readonly assetOf: (id: string) => Asset | undefined,
    private readonly logger: Logger,
    private readonly suppressions?: Suppressions,
  ) {}

  get congested(): boolean {
    return this.pending.length > HIGH_WATER;
  }

  /** Calls back once the queue is below the high-water mark again. */
  onDrained(cb: () => void): void {
    if (!this.congested) cb();
    else this.drainWaiters.push(cb);
  }

  enqueue(detections: Detection[]): void {
    if (detections.length === 0) return;
    for (const d of detections) this.pending.push(d);
    if (!this.running) this.running = this.drain();
  }

  /** Resolves when everything queued so far is committed. */
  async flushed(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(0, BATCH);
      try {
        const events: LoggedEvent[] = [];
        const now = Date.now();
        await this.store.db.transaction(async (tx) => {
          for (const d of batch) {
            const alert = await this.commit(tx, d, now);
            if (alert) events.push(await this.store.log.append(tx, 'alert', alert.id, alert));
          }
        });
        this.store.log.publish(events);
      } catch (err) {
        this.logger.error('alerts not stored', { detections: batch.length, error: String(err) });
      }
      if (!this.congested) for (const w of this.drainWaiters.splice(0)) w();
    }
    this.running = null;
  }

  /** Raises or grows the alert and keeps the event behind it; null when a suppression hides it. */
  async commit(tx: SqlRunner, d: Detection, now: number): Promise<StoredAlert | null> {
    if (await this.suppressions?.suppress(tx, { ruleId: d.ruleId, assetId: d.assetId, sourceIp: d.sourceIp }, now)) return null;
    const alert = await this.raise(tx, d, now);
    await this.store.putAlert(tx, alert);
    await this.store.addAlertEvent(tx, alert.id, d.event);
    return alert;
  }

  async raise(tx: SqlRunner, d: Detection, now: number): Promise<StoredAlert> {
    const group = await this.store.findGroup(tx, d.ruleId, d.assetId, now - GROUP_WINDOW_MS);
    if (group) return { ...group, count: group.count + 1, last_seen_ms: now, updated_ms: now, version: group.version + 1 };
    const asset = this.assetOf(d.assetId);
    const kind = asset && (ASSET_KINDS as readonly string[]).includes(asset.kind) ? asset.kind : 'unknown';
    const n = await nextCounter(tx, 'alert');
    return {
      id: `ALR-${String(n).padStart(6, '0')}`,
      rule_id: d.ruleId,
      title: d.title,
      severity: d.severity,
      status: 'new',
      asset_id: d.assetId,
      asset_kind: kind,
      source_ip: d.sourceIp,
      mitre_technique: d.mitreTechnique,
      count: 1,
      first_seen_ms: d.firstEventMs,
      last_seen_ms: now,
      created_ms: now,
      updated_ms: now,
      version: 1,
      acknowledged_by: '',
      location: asset?.lat != null && asset.lon != null ? { lat: asset.lat, lon: asset.lon } : null,
      ward: asset?.ward ?? '',
      detect_delay_ms: Math.max(0, now - d.firstEventMs),
      assignee: '',
      disposition: '',
      notes: [],
      acknowledged_ms: 0,
      closed_ms: 0,
      triage_version: 0,
      attack_tags: d.tags,
      asset_criticality: asset?.criticality ?? 0,
      asset_name: asset?.name ?? '',
    };
  }
}
