import { isRuleField } from './fields';
import { ValueError } from './matchers';

export type Condition = (matched: (selection: string) => boolean) => boolean;

export interface Aggregation {
  /** count: events (or distinct values of field) per group; travel_kmh: speed between a user's consecutive geolocated events. */
  fn: 'count' | 'travel_kmh';
  field: string;
  by: string;
  inclusive: boolean;
  threshold: number;
}

export interface ParsedCondition {
  evaluate: Condition;
  aggregation?: Aggregation;
  /** Selections the expression can consult (to evaluate only those). */
  uses: string[];
}

const TOKEN = /\s*(\(|\)|[A-Za-z0-9_*.-]+)/y;

/** Sigma condition: and/or/not, parentheses, "1 of pat*", "all of pat*", "them", then an optional "| count() by f > N". */
export function parseCondition(text: string, selections: readonly string[]): ParsedCondition {
  const bar = text.indexOf('|');
  const expr = bar < 0 ? text : text.slice(0, bar);
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expr.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expr);
    if (!m) {
      if (expr.slice(at).trim() === '') break;
      throw new ValueError(`condition: unexpected ${JSON.stringify(expr.slice(at).trim().slice(0, 20))} at column ${at + 1}`);
    }
    tokens.push(m[1]);
  }
  if (tokens.length === 0) throw new ValueError('condition: is empty');
  const uses = new Set<string>();
  let pos = 0;
  const peek = () => tokens[pos]?.toLowerCase();
  const expect = (what: string): string => {
    const t = tokens[pos++];
    if (t === undefined) throw new ValueError(`condition: expected ${what} at the end`);
    return t;
  };
  const named = (name: string): string => {
    if (!selections.includes(name)) throw new ValueError(`condition: "${name}" is not a selection (have: ${selections.join(', ') || 'none'})`);
    uses.add(name);
    return name;
  };
  /** A left-associative chain of one operator over the next tighter level. */
  const chain = (op: 'and' | 'or', next: () => Condition): Condition => {
    let left = next();
    while (peek() === op) {
      pos++;
      const l = left;
      const r = next();
      left = op === 'and' ? (m) => l(m) && r(m) : (m) => l(m) || r(m);
    }
    return left;
  };
  const andExpr = (): Condition => chain('and', notExpr);
  const orExpr = (): Condition => chain('or', andExpr);
  const notExpr = (): Condition => {
    if (peek() === 'not') {
      pos++;
      const inner = notExpr();
      return (m) => !inner(m);
    }
    return primary();
  };
  const primary = (): Condition => {
    const t = expect('a selection, "not", "(" or "1 of"');
    if (t === '(') {
      const inner = orExpr();
      if (expect('")"') !== ')') throw new ValueError(`condition: expected ")" before "${tokens[pos - 1]}"`);
      return inner;
    }
    if (['and', 'or', ')'].includes(t.toLowerCase())) throw new ValueError(`condition: unexpected "${t}"`);
    if ((t === '1' || t.toLowerCase() === 'all' || t.toLowerCase() === 'any') && peek() === 'of') {
      pos++;
      const target = expect('a selection pattern or "them"');
      const names = target.toLowerCase() === 'them' ? selections.filter((s) => !s.startsWith('_')) : selections.filter((s) => globMatch(target, s));
      if (names.length === 0) throw new ValueError(`condition: "${t} of ${target}" matches no selection (have: ${selections.join(', ')})`);
      names.forEach((n) => uses.add(n));
      return t.toLowerCase() === 'all' ? (m) => names.every(m) : (m) => names.some(m);
    }
    const name = named(t);
    return (m) => m(name);
  };
  const evaluate = orExpr();
  if (pos < tokens.length) throw new ValueError(`condition: unexpected "${tokens[pos]}" after a complete expression`);
  return { evaluate, uses: [...uses], aggregation: bar < 0 ? undefined : parseAggregation(text.slice(bar + 1)) };
}

function globMatch(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(name);
}

function parseAggregation(text: string): Aggregation {
  const m = /^\s*([a-z_]+)\(\s*([a-z_]*)\s*\)\s*(?:by\s+([a-z_]+)\s*)?(>=|>|<=|<|==|=)\s*(\S+)\s*$/i.exec(text);
  if (!m) throw new ValueError(`condition: aggregation ${JSON.stringify(text.trim())} is not "count() by field > N" or "count(field) by field > N"`);
  const [, fn, field, by = '', op, n] = m;
  if (fn !== 'count' && fn !== 'travel_kmh') throw new ValueError(`condition: aggregation function "${fn}" is not supported (count, travel_kmh)`);
  if (op !== '>' && op !== '>=') throw new ValueError(`condition: "${op}" is not supported; an aggregation fires when it rises past N (> or >=)`);
  const threshold = Number(n);
  if (!Number.isInteger(threshold) || threshold < 0) throw new ValueError(`condition: threshold "${n}" is not a non-negative integer`);
  for (const f of [field, by]) if (f && !isRuleField(f)) throw new ValueError(`condition: aggregation field "${f}" is not a known field`);
  if (fn === 'travel_kmh' && (field || !by)) throw new ValueError('condition: travel_kmh() takes no field and needs "by" (e.g. travel_kmh() by user > 900)');
  return { fn, field, by, inclusive: op === '>=', threshold };
}
