import type { NormalEvent } from '../ingest/event';

export const OBSERVABLE_KINDS = ['ip', 'domain', 'hash', 'user', 'asset'] as const;
export type ObservableKind = (typeof OBSERVABLE_KINDS)[number];

export interface Observable {
  kind: ObservableKind;
  value: string;
  alert_ids: string[];
}

/** What the extractor reads: each alert with its own fields and the events behind it. */
export interface AlertEvidence {
  alertId: string;
  assetId: string;
  sourceIp: string;
  events: readonly NormalEvent[];
}

const MAX_OBSERVABLES = 500;
const HASH = /\b(?:[a-f0-9]{64}|[a-f0-9]{40}|[a-f0-9]{32})\b/gi;
// Host names with a letter-only TLD; IP literals and file names like "a.log" are filtered below.
const DOMAIN = /\b(?=[a-z0-9-]{1,63}\.)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/gi;
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;
const NOT_DOMAINS = /\.(?:log|txt|exe|dll|php|html?|js|json|xml|cgi|asp|aspx|jpg|png|conf|sh|py|ts)$/i;
const PLACEHOLDERS = new Set(['-', 'unknown', 'n/a', 'none', 'null']);

/**
 * Pulls IPs, domains, file hashes, users and assets out of alerts and their events (normalised
 * fields first, then the raw line and message), each with the alerts it was seen in.
 */
export function extractObservables(evidence: readonly AlertEvidence[]): Observable[] {
  const found = new Map<string, Observable>();
  const add = (kind: ObservableKind, raw: string, alertId: string) => {
    const value = kind === 'hash' || kind === 'domain' ? raw.trim().toLowerCase() : raw.trim();
    if (!value || PLACEHOLDERS.has(value.toLowerCase())) return;
    const key = `${kind}:${value}`;
    let o = found.get(key);
    if (!o) {
      if (found.size >= MAX_OBSERVABLES) return;
      found.set(key, (o = { kind, value, alert_ids: [] }));
    }
    if (!o.alert_ids.includes(alertId)) o.alert_ids.push(alertId);
  };
  for (const a of evidence) {
    add('asset', a.assetId, a.alertId);
    add('ip', a.sourceIp, a.alertId);
    for (const e of a.events) {
      add('asset', e.asset_id, a.alertId);
      add('ip', e.source_ip, a.alertId);
      add('ip', e.destination_ip, a.alertId);
      add('user', e.user, a.alertId);
      const text = `${e.message}\n${e.raw}`;
      for (const m of text.matchAll(IPV4)) add('ip', m[0], a.alertId);
      for (const m of text.matchAll(HASH)) add('hash', m[0], a.alertId);
      for (const m of text.matchAll(DOMAIN)) {
        if (!NOT_DOMAINS.test(m[0]) && !/^[\d.]+$/.test(m[0])) add('domain', m[0], a.alertId);
      }
    }
  }
  const order = (k: ObservableKind) => OBSERVABLE_KINDS.indexOf(k);
  return [...found.values()].sort((x, y) => order(x.kind) - order(y.kind) || x.value.localeCompare(y.value));
}
