import type { Asset } from '../detection';
import type { NormalEvent } from '../ingest/event';

/** What a rule sees for one event: the event, the asset it is about, and the asset its source address is (if any). */
export interface RuleContext {
  event: NormalEvent;
  asset: Asset | undefined;
  sourceAsset: Asset | undefined;
}

type Getter = (c: RuleContext) => string | number;

/** Every field a rule may name. Asset fields come from the inventory, not from the log line. */
export const RULE_FIELDS: Record<string, Getter> = {
  host: (c) => c.event.host,
  source_ip: (c) => c.event.source_ip,
  source_port: (c) => c.event.source_port,
  destination_ip: (c) => c.event.destination_ip,
  destination_port: (c) => c.event.destination_port,
  user: (c) => c.event.user,
  action: (c) => c.event.action,
  outcome: (c) => c.event.outcome,
  severity: (c) => c.event.severity,
  product: (c) => c.event.product,
  asset_id: (c) => c.event.asset_id,
  message: (c) => c.event.message,
  raw: (c) => c.event.raw,
  signature: (c) => c.event.signature,
  mitre_technique: (c) => c.event.mitre_technique,
  bytes_out: (c) => Number(c.event.bytes_out),
  asset_kind: (c) => c.asset?.kind ?? '',
  asset_name: (c) => c.asset?.name ?? '',
  asset_ward: (c) => c.asset?.ward ?? '',
  asset_criticality: (c) => c.asset?.criticality ?? 0,
  source_asset_id: (c) => c.sourceAsset?.id ?? '',
  source_asset_kind: (c) => c.sourceAsset?.kind ?? '',
};

export const NUMERIC_FIELDS = new Set(['source_port', 'destination_port', 'bytes_out', 'asset_criticality']);

export function isRuleField(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(RULE_FIELDS, name);
}

/** "Large transfer to {destination_ip}" with the event's values. */
export function renderTemplate(template: string, c: RuleContext): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => (isRuleField(name) ? String(RULE_FIELDS[name](c)) : whole));
}

/** Category a logsource may name, derived from the event's action. */
export function categoryOf(action: string): string {
  if (action === 'login' || action === 'logout') return 'authentication';
  if (action === 'ids_alert' || action === 'protocol_anomaly' || action === 'hids_alert') return 'ids';
  if (action === 'flow' || action === 'transfer' || action === 'connection') return 'network';
  if (action.startsWith('device_') || action.startsWith('video_')) return 'device';
  if (action.startsWith('http')) return 'web';
  return 'other';
}

export const CATEGORIES = ['authentication', 'ids', 'network', 'device', 'web', 'other'];
