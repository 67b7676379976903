import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../../common/domain/alert';
import type { Logger } from '../../common/log';
import type { NormalEvent } from './ingest/event';
import { loadRulePack } from './rules/rule-loader';
import { RuleSet } from './rules/rule-engine';

export interface Asset {
  id: string;
  kind: string;
  name: string;
  criticality: number;
  ward: string;
  lat: number | null;
  lon: number | null;
  /** Its address on the city networks, for resolving log lines that name only an IP. */
  ip?: string;
}

/** What a rule decided: raise (or add to) an alert for this rule and asset. */
export interface Detection {
  ruleId: string;
  title: string;
  severity: Severity;
  mitreTechnique: string;
  assetId: string;
  sourceIp: string;
  /** Event time of the first event that made the rule fire (for MTTD). */
  firstEventMs: number;
  /** The rule's ATT&CK tags. */
  tags: string[];
  /** The event that made the rule fire, normalised, with its raw line. */
  event: NormalEvent;
}

/** assets/rules, found from the source tree (tsx) or from build/services/siem (compiled). */
export const DEFAULT_RULES_DIR =
  [path.resolve(__dirname, '../../assets/rules'), path.resolve(__dirname, '../../../assets/rules')].find((d) => fs.existsSync(d)) ?? path.resolve(__dirname, '../../assets/rules');

/** Loads the YAML rule pack; a rule with errors is left out and each error is logged with its file and line. */
export function loadRules(dir: string, logger: Logger): RuleSet {
  const { rules, errors } = loadRulePack(dir);
  for (const e of errors) logger.error('rule rejected', { file: path.join(dir, e.file), line: e.line, error: e.message });
  logger.info('rules loaded', { dir, rules: rules.length, rejected: errors.length });
  return new RuleSet(rules);
}
