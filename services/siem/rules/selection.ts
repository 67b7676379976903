import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { isRuleField, RULE_FIELDS, type RuleContext } from './fields';
import { compileFieldTest, ValueError, type Scalar } from './matchers';

type Fail = (n: Node | null | undefined, message: string) => void;
type Test = (c: RuleContext) => boolean;

/**
 * A selection: a mapping (every field matches), a list of mappings (any of them), or a list of
 * keywords (any appears in the message or raw line, case-insensitive).
 */
export function compileSelection(name: string, node: Node, fail: Fail): Test | undefined {
  if (isMap(node)) return compileMap(name, node, fail);
  if (isSeq(node) && node.items.length > 0) {
    if (node.items.every((i) => isMap(i))) {
      const parts = node.items.map((i) => compileMap(name, i as YAMLMap, fail));
      if (parts.some((p) => !p)) return undefined;
      return (c) => parts.some((p) => p!(c));
    }
    if (node.items.every((i) => isScalar(i) && (typeof i.value === 'string' || typeof i.value === 'number'))) {
      const words = node.items.map((i) => String((i as { value: unknown }).value).toLowerCase());
      return (c) => {
        const text = `${c.event.message}\n${c.event.raw}`.toLowerCase();
        return words.some((w) => text.includes(w));
      };
    }
    return void fail(node, `${name}: a list must hold only mappings (any of them) or only keywords`);
  }
  return void fail(node, `${name}: expected a mapping of field: value, a list of mappings, or a list of keywords`);
}

function compileMap(name: string, map: YAMLMap, fail: Fail): Test | undefined {
  if (map.items.length === 0) return void fail(map as unknown as Node, `${name}: an empty selection matches everything; name at least one field`);
  const tests: Test[] = [];
  let ok = true;
  for (const p of map.items) {
    const key = isScalar(p.key) ? String(p.key.value) : '';
    const [field, ...modifiers] = key.split('|');
    if (!isRuleField(field)) {
      fail(p.key as Node, `${name}.${field}: unknown field (have: ${Object.keys(RULE_FIELDS).join(', ')})`);
      ok = false;
      continue;
    }
    const values = scalars(p.value as Node | null);
    if (!values) {
      fail((p.value as Node) ?? (p.key as Node), `${name}.${key}: expected a value or a list of values`);
      ok = false;
      continue;
    }
    try {
      const test = compileFieldTest(field, modifiers, values);
      const get = RULE_FIELDS[field];
      tests.push((c) => test(get(c)));
    } catch (err) {
      if (!(err instanceof ValueError)) throw err;
      fail(modifiers.length && /modifier/.test(err.message) ? (p.key as Node) : ((p.value as Node) ?? (p.key as Node)), `${name}.${err.message}`);
      ok = false;
    }
  }
  if (!ok) return undefined;
  return (c) => tests.every((t) => t(c));
}

function scalars(node: Node | null): Scalar[] | undefined {
  if (node === null || (isScalar(node) && node.value === null)) return [null];
  if (isScalar(node)) return [node.value as Scalar];
  if (isSeq(node) && node.items.every((i) => isScalar(i))) return node.items.map((i) => (i as { value: Scalar }).value);
  return undefined;
}
