import type { GeoPoint } from './geo';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ALERT_STATUSES = ['new', 'acknowledged', 'in_progress', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const ASSET_KINDS = ['camera', 'sensor', 'server', 'network', 'plc', 'workstation', 'unknown'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export interface Alert {
  id: string;
  ruleId: string;
  title: string;
  severity: Severity;
  status: AlertStatus;
  assetId: string;
  assetKind: AssetKind;
  sourceIp: string;
  mitreTechnique: string;
  count: number;
  firstSeenMs: number;
  lastSeenMs: number;
  createdMs: number;
  updatedMs: number;
  version: number;
  acknowledgedBy: string;
  location: GeoPoint | null;
  ward: string;
  detectDelayMs: number;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
