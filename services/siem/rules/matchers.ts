import { BlockList, isIP } from 'node:net';
import { NUMERIC_FIELDS } from './fields';

export type Scalar = string | number | boolean | null;
export type ValueTest = (v: string | number) => boolean;

export const MODIFIERS = ['contains', 'startswith', 'endswith', 're', 'cidr', 'all', 'gt', 'gte', 'lt', 'lte'];
const KINDS = ['contains', 'startswith', 'endswith', 're', 'cidr', 'gt', 'gte', 'lt', 'lte'];

/** A rule-author mistake in one value; the loader adds the file and line. */
export class ValueError extends Error {}

/** Compiles one field's modifiers and values (a list means any of them, or all with |all). */
export function compileFieldTest(field: string, modifiers: string[], values: Scalar[]): ValueTest {
  for (const m of modifiers) if (!MODIFIERS.includes(m)) throw new ValueError(`${field}: unknown modifier "${m}" (have: ${MODIFIERS.join(', ')})`);
  const kinds = modifiers.filter((m) => KINDS.includes(m));
  if (kinds.length > 1) throw new ValueError(`${field}: modifiers ${kinds.join(' and ')} cannot be combined`);
  if (values.length === 0) throw new ValueError(`${field}: an empty list matches nothing`);
  const kind = kinds[0] ?? 'equals';
  const tests = values.map((v) => compileValue(field, kind, v));
  if (modifiers.includes('all')) return (x) => tests.every((t) => t(x));
  return tests.length === 1 ? tests[0] : (x) => tests.some((t) => t(x));
}

function compileValue(field: string, kind: string, v: Scalar): ValueTest {
  if (v === null) {
    if (kind !== 'equals') throw new ValueError(`${field}: null (empty) cannot take the ${kind} modifier`);
    return (x) => x === '' || (NUMERIC_FIELDS.has(field) && x === 0);
  }
  if (typeof v === 'boolean') throw new ValueError(`${field}: ${v} is not a string or number`);
  if (kind === 'gt' || kind === 'gte' || kind === 'lt' || kind === 'lte') {
    if (typeof v !== 'number') throw new ValueError(`${field}|${kind}: "${v}" is not a number`);
    return kind === 'gt' ? (x) => Number(x) > v : kind === 'gte' ? (x) => Number(x) >= v : kind === 'lt' ? (x) => Number(x) < v : (x) => Number(x) <= v;
  }
  const s = String(v);
  if (kind === 're') {
    let re: RegExp;
    try {
      re = new RegExp(s);
    } catch (err) {
      throw new ValueError(`${field}|re: ${(err as Error).message}`);
    }
    return (x) => re.test(String(x));
  }
  if (kind === 'cidr') return cidrTest(field, s);
  const low = s.toLowerCase();
  if (kind === 'contains') return (x) => String(x).toLowerCase().includes(low);
  if (kind === 'startswith') return (x) => String(x).toLowerCase().startsWith(low);
  if (kind === 'endswith') return (x) => String(x).toLowerCase().endsWith(low);
  if (typeof v === 'number') return (x) => Number(x) === v;
  if (/(?<!\\)[*?]/.test(s)) {
    const re = wildcard(s);
    return (x) => re.test(String(x));
  }
  const plain = low.replace(/\\([*?\\])/g, '$1');
  return (x) => String(x).toLowerCase() === plain;
}

/** Sigma wildcards: * any run, ? one character, \* \? literal; case-insensitive. */
function wildcard(s: string): RegExp {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && (s[i + 1] === '*' || s[i + 1] === '?' || s[i + 1] === '\\')) out += escapeRe(s[++i]);
    else if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else out += escapeRe(c);
  }
  return new RegExp(`^${out}$`, 'is');
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function cidrTest(field: string, s: string): ValueTest {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  const family = m ? isIP(m[1]) : 0;
  const prefix = m ? Number(m[2]) : -1;
  if (!m || !family || prefix > (family === 4 ? 32 : 128)) throw new ValueError(`${field}|cidr: "${s}" is not a network like 10.50.0.0/16 or fd00::/8`);
  const list = new BlockList();
  list.addSubnet(m[1], prefix, family === 4 ? 'ipv4' : 'ipv6');
  return (x) => {
    const ip = String(x);
    const f = isIP(ip);
    return f !== 0 && list.check(ip, f === 4 ? 'ipv4' : 'ipv6');
  };
}
