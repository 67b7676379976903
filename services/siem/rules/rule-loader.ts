import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type YAMLMap } from 'yaml';
import type { Severity } from '../../../common/domain/alert';
import { parseCondition, type ParsedCondition } from './condition';
import { CATEGORIES, isRuleField, type RuleContext } from './fields';
import { compileSelection } from './selection';
import { ValueError } from './matchers';

export interface CompiledRule {
  id: string;
  title: string;
  severity: Severity;
  /** Take the event's own severity (e.g. an IDS signature's) when it has one. */
  eventSeverity: boolean;
  /** First ATT&CK technique in the tags (enterprise T1xxx or ICS T0xxx), or "". */
  technique: string;
  tags: string[];
  products: string[];
  categories: string[];
  selections: Map<string, (c: RuleContext) => boolean>;
  condition: ParsedCondition;
  timeframeMs: number;
  file: string;
  line: number;
}

export interface RuleLoadError {
  file: string;
  line: number;
  message: string;
}

const LEVELS: Record<string, Severity> = { informational: 'low', low: 'low', medium: 'medium', high: 'high', critical: 'critical' };
const KNOWN_KEYS = new Set(['title', 'id', 'status', 'description', 'author', 'date', 'modified', 'references', 'tags', 'level', 'logsource', 'detection', 'falsepositives', 'fields', 'event_severity', 'related', 'license']);
const MAX_TIMEFRAME_MS = 7 * 86_400_000;

/** Compiles every rule document in one YAML text; a document with any error yields errors, not a rule. */
export function compileRuleText(text: string, file: string): { rules: CompiledRule[]; errors: RuleLoadError[] } {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false });
  const rules: CompiledRule[] = [];
  const errors: RuleLoadError[] = [];
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    if (doc.errors.length) {
      for (const e of doc.errors) errors.push({ file, line: e.linePos?.[0].line ?? lc.linePos(e.pos[0]).line, message: `YAML: ${e.message.split('\n')[0]}` });
      continue;
    }
    if (doc.contents === null) continue;
    const found: RuleLoadError[] = [];
    const lineOf = (n: Node | null | undefined) => (n?.range ? lc.linePos(n.range[0]).line : 1);
    const fail = (n: Node | null | undefined, message: string) => void found.push({ file, line: lineOf(n), message });
    const rule = compileDocument(doc.contents as Node, file, lineOf, fail);
    if (found.length) errors.push(...found);
    else if (rule) rules.push(rule);
  }
  return { rules, errors };
}

type Fail = (n: Node | null | undefined, message: string) => void;

function compileDocument(root: Node, file: string, lineOf: (n: Node | null | undefined) => number, fail: Fail): CompiledRule | undefined {
  if (!isMap(root)) return void fail(root, 'rule: expected a mapping with title, id, level, detection');
  const get = (map: YAMLMap, key: string) => map.items.find((p) => isScalar(p.key) && p.key.value === key);
  for (const p of root.items) {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    if (!KNOWN_KEYS.has(k)) fail(p.key as Node, `${k || 'key'}: unknown rule key (have: ${[...KNOWN_KEYS].join(', ')})`);
  }
  const str = (key: string, required: boolean): string => {
    const p = get(root, key);
    if (!p) return required ? (fail(root, `${key}: is required`), '') : '';
    if (!isScalar(p.value) || typeof p.value.value !== 'string' || p.value.value === '') return fail((p.value as Node) ?? (p.key as Node), `${key}: expected a non-empty string`), '';
    return p.value.value;
  };
  const id = str('id', true);
  if (id && !/^[A-Za-z0-9_.-]{3,64}$/.test(id)) fail(get(root, 'id')!.value as Node, `id: "${id}" must be 3–64 letters, digits, "_", "-" or "."`);
  const title = str('title', true);
  for (const m of title.matchAll(/\{([a-z_]+)\}/g)) if (!isRuleField(m[1])) fail(get(root, 'title')!.value as Node, `title: {${m[1]}} is not a known field`);
  const levelText = str('level', true);
  if (levelText && !LEVELS[levelText]) fail(get(root, 'level')!.value as Node, `level: "${levelText}" is not one of ${Object.keys(LEVELS).join(', ')}`);
  const eventSeverityPair = get(root, 'event_severity');
  if (eventSeverityPair && !(isScalar(eventSeverityPair.value) && typeof eventSeverityPair.value.value === 'boolean')) fail(eventSeverityPair.value as Node, 'event_severity: expected true or false');

  const tags = stringList(get(root, 'tags')?.value as Node | undefined, 'tags', fail);
  let technique = '';
  for (const t of tags) {
    if (!/^[a-z0-9_.-]+$/.test(t)) fail(get(root, 'tags')!.value as Node, `tags: "${t}" must be lower-case like attack.t1110 or attack.credential_access`);
    const m = /^attack\.(t\d+(?:\.\d+)?)$/.exec(t);
    if (m && !/^t\d{4}(\.\d{3})?$/.test(m[1])) fail(get(root, 'tags')!.value as Node, `tags: "${t}" is not an ATT&CK technique id (t1234 or t1234.001)`);
    if (m && !technique) technique = m[1].toUpperCase();
  }

  const { products, categories } = logsource(get(root, 'logsource')?.value as Node | undefined, fail);
  const detPair = get(root, 'detection');
  if (!detPair) return void fail(root, 'detection: is required');
  const det = detPair.value as Node;
  if (!isMap(det)) return void fail(det ?? (detPair.key as Node), 'detection: expected a mapping of selections and a condition');
  const selections = new Map<string, (c: RuleContext) => boolean>();
  let conditionNode: Node | undefined;
  let timeframeMs = 0;
  let timeframeNode: Node | undefined;
  for (const p of det.items) {
    const name = isScalar(p.key) ? String(p.key.value) : '';
    if (name === 'condition') conditionNode = p.value as Node;
    else if (name === 'timeframe') {
      timeframeNode = p.value as Node;
      timeframeMs = parseTimeframe(p.value as Node, fail);
    } else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) fail(p.key as Node, `detection: "${name}" is not a valid selection name`);
    else {
      const sel = compileSelection(name, p.value as Node, fail);
      if (sel) selections.set(name, sel);
    }
  }
  if (!conditionNode) return void fail(det, 'detection.condition: is required');
  if (!isScalar(conditionNode) || typeof conditionNode.value !== 'string') return void fail(conditionNode, 'detection.condition: expected a string (one condition per rule)');
  let condition: ParsedCondition;
  try {
    condition = parseCondition(conditionNode.value, [...det.items].map((p) => String((p.key as { value?: unknown })?.value)).filter((n) => n !== 'condition' && n !== 'timeframe'));
  } catch (err) {
    if (err instanceof ValueError) return void fail(conditionNode, err.message);
    throw err;
  }
  if (condition.aggregation && !timeframeMs) fail(conditionNode, 'detection.timeframe: is required with an aggregation (e.g. timeframe: 5m)');
  if (!condition.aggregation && timeframeNode) fail(timeframeNode, 'detection.timeframe: only means something with an aggregation ("| count() … > N")');
  return {
    id, title, severity: LEVELS[levelText] ?? 'medium', eventSeverity: eventSeverityPair ? (eventSeverityPair.value as { value: boolean }).value : false,
    technique, tags, products, categories, selections, condition, timeframeMs, file, line: lineOf(root),
  };
}

function stringList(node: Node | undefined, key: string, fail: Fail): string[] {
  if (!node) return [];
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node) || node.items.some((i) => !isScalar(i) || typeof i.value !== 'string')) return fail(node, `${key}: expected a string or a list of strings`), [];
  return node.items.map((i) => String((i as { value: string }).value));
}

function logsource(node: Node | undefined, fail: Fail): { products: string[]; categories: string[] } {
  if (!node) return { products: [], categories: [] };
  if (!isMap(node)) return fail(node, 'logsource: expected a mapping (product, category, service)'), { products: [], categories: [] };
  let products: string[] = [];
  let categories: string[] = [];
  for (const p of node.items) {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    const values = stringList(p.value as Node, `logsource.${k}`, fail).map((v) => v.toLowerCase());
    if (k === 'product') products = values;
    else if (k === 'category') {
      categories = values;
      for (const c of values) if (!CATEGORIES.includes(c)) fail(p.value as Node, `logsource.category: "${c}" is not one of ${CATEGORIES.join(', ')}`);
    } else if (k !== 'service' && k !== 'definition') fail(p.key as Node, `logsource.${k}: unknown (have: product, category, service, definition)`);
  }
  return { products, categories };
}

function parseTimeframe(node: Node, fail: Fail): number {
  const v = isScalar(node) ? String(node.value) : '';
  const m = /^(\d{1,6})(s|m|h|d)$/.exec(v);
  const ms = m ? Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's']! : 0;
  if (!m || ms <= 0 || ms > MAX_TIMEFRAME_MS) return fail(node, `detection.timeframe: "${v}" is not a duration from 1s to 7d like 30s, 5m, 1h`), 0;
  return ms;
}

/** Loads every *.yml / *.yaml in dir (sorted); rule ids must be unique across the pack. */
export function loadRulePack(dir: string): { rules: CompiledRule[]; errors: RuleLoadError[] } {
  const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const rules: CompiledRule[] = [];
  const errors: RuleLoadError[] = [];
  const seen = new Map<string, CompiledRule>();
  for (const f of files) {
    const out = compileRuleText(fs.readFileSync(path.join(dir, f), 'utf8'), f);
    errors.push(...out.errors);
    for (const r of out.rules) {
      const first = seen.get(r.id);
      if (first) errors.push({ file: f, line: r.line, message: `id: "${r.id}" is already used by ${first.file}:${first.line}` });
      else {
        seen.set(r.id, r);
        rules.push(r);
      }
    }
  }
  return { rules, errors };
}
