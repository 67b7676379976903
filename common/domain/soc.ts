// SOC records the alerts window reads besides alerts: the events behind an alert, suppressions, cases.
import type { Severity } from './alert';

/** One normalised security event with the raw line it came from. */
export interface SecurityEventView {
  timeMs: number;
  host: string;
  sourceIp: string;
  sourcePort: number;
  destinationIp: string;
  destinationPort: number;
  user: string;
  action: string;
  outcome: string;
  severity: string;
  product: string;
  assetId: string;
  message: string;
  signature: string;
  raw: string;
}

export interface SuppressionMatch {
  ruleId?: string;
  assetId?: string;
  sourceIp?: string;
}

export interface Suppression {
  id: string;
  ruleId: string;
  assetId: string;
  sourceIp: string;
  reason: string;
  expiresMs: number;
  createdMs: number;
  createdBy: string;
  hits: number;
}

export interface SuppressionPreview {
  alerts: number;
  events: number;
  rules: number;
  ruleIds: string[];
  sinceMs: number;
}

export interface CreateSuppressionArgs {
  match: SuppressionMatch;
  reason: string;
  expiresMs: number;
}

export const OBSERVABLE_KINDS = ['ip', 'domain', 'hash', 'user', 'asset'] as const;
export type ObservableKind = (typeof OBSERVABLE_KINDS)[number];

export interface SocCase {
  id: string;
  title: string;
  status: 'open' | 'closed';
  severity: Severity;
  alertIds: string[];
  observables: { kind: ObservableKind; value: string; alertIds: string[] }[];
  tasks: { id: string; title: string; done: boolean; doneBy: string }[];
  timeline: { timeMs: number; actor: string; change: string; detail: string }[];
  incidentId: string;
  owner: string;
  createdMs: number;
  updatedMs: number;
  version: number;
}

export interface CreateCaseArgs {
  alertIds: string[];
  title?: string;
}

/** One change to a case; exactly one of the change fields. */
export interface UpdateCaseArgs {
  caseId: string;
  expectedVersion: number;
  addTask?: string;
  completeTaskId?: string;
  note?: string;
  linkIncidentId?: string;
  addAlertIds?: string[];
  /** Another open case to fold into this one. */
  mergeCaseId?: string;
  close?: true;
}
