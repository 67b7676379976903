import type { GeoPoint } from './geo';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ALERT_STATUSES = ['new', 'acknowledged', 'in_progress', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const DISPOSITIONS = ['true_positive', 'false_positive', 'benign'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export interface AlertNote {
  timeMs: number;
  author: string;
  text: string;
}

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
  /** Triage (absent on records cached before triage existed). */
  assignee?: string;
  disposition?: Disposition | '';
  notes?: AlertNote[];
  acknowledgedMs?: number;
  closedMs?: number;
  triageVersion?: number;
  /** The rule's ATT&CK tags (attack.credential_access, attack.t1110, ...). */
  attackTags?: string[];
  assetCriticality?: number;
  assetName?: string;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
