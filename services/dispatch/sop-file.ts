import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { INCIDENT_TYPES, isIncidentType, type IncidentType } from '../../common/domain/incident';
import { SOP_ACTIONS, type SopAction } from '../../common/domain/sop';

/** A step as the city authors it; the engine copies these onto each new incident of the type. */
export interface SopStepDef {
  id: string;
  title: string;
  title_en: string;
  required: boolean;
  action: SopAction | '';
  /** request_unit_type: the unit kind; open_cameras: the radius in metres. */
  action_param: string;
}

export interface SopDefinition {
  type: IncidentType;
  title: string;
  title_en: string;
  steps: SopStepDef[];
}

export interface SopError {
  file: string;
  line: number;
  message: string;
}

export type SopParse = { ok: true; value: SopDefinition } | { ok: false; errors: SopError[] };

export const MAX_SOP_STEPS = 50;
const STEP_ID = /^[a-z][a-z0-9_]{0,39}$/;
const TOP_KEYS = ['type', 'title', 'title_en', 'steps'];
const STEP_KEYS = ['id', 'title', 'title_en', 'required', 'action', 'unit_kind', 'radius_m'];
const DEFAULT_CAMERA_RADIUS_M = 300;

/** assets/sops, from the source tree (tsx) or from build/services/dispatch (compiled). */
export const SOPS_DIR =
  [path.resolve(__dirname, '../../assets/sops'), path.resolve(__dirname, '../../../assets/sops')].find((d) => fs.existsSync(d)) ??
  path.resolve(__dirname, '../../assets/sops');

/**
 * Parses and validates one SOP file. Every problem is reported with its 1-based line, so the city's
 * editors can fix a file from the engine's start-up error alone.
 */
export function parseSop(text: string, file: string, unitKinds?: readonly string[]): SopParse {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const errors: SopError[] = [];
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const err = (node: YamlNode | null | undefined, message: string) => errors.push({ file, line: lineOf(node), message });
  for (const e of doc.errors) errors.push({ file, line: lines.linePos(e.pos[0]).line, message: `YAML syntax: ${e.message.split('\n')[0]}` });
  if (errors.length) return { ok: false, errors };
  const root = doc.contents;
  if (!isMap(root)) {
    err(root, 'the file must be a mapping with type, title and steps');
    return { ok: false, errors };
  }
  checkKeys(root, TOP_KEYS, '', err);
  const typeNode = root.get('type', true) as YamlNode | undefined;
  const type = scalarString(typeNode);
  const stem = path.basename(file).replace(/\.ya?ml$/, '');
  if (!typeNode) err(root, `type: is required (one of ${INCIDENT_TYPES.join(', ')})`);
  else if (!isIncidentType(type)) err(typeNode, `type: "${String(type)}" is not an incident type (one of ${INCIDENT_TYPES.join(', ')})`);
  else if (type !== stem) err(typeNode, `type: "${type}" does not match the file name ${path.basename(file)}; name the file ${type}.yaml`);
  const title = requiredText(root, 'title', '', err);
  const titleEn = optionalText(root, 'title_en', '', err);
  const stepsNode = root.get('steps', true) as YamlNode | undefined;
  const steps: SopStepDef[] = [];
  if (!isSeq(stepsNode) || stepsNode.items.length === 0) {
    err(stepsNode ?? root, 'steps: must be a list of at least one step');
  } else if (stepsNode.items.length > MAX_SOP_STEPS) {
    err(stepsNode, `steps: at most ${MAX_SOP_STEPS} steps, got ${stepsNode.items.length}`);
  } else {
    const seen = new Map<string, number>();
    stepsNode.items.forEach((item, i) => {
      const id = isMap(item) ? scalarString(item.get('id', true) as YamlNode | undefined) : undefined;
      const first = typeof id === 'string' ? seen.get(id) : undefined;
      if (first !== undefined) err(item as YamlNode, `steps[${i}].id: "${String(id)}" is already used by steps[${first}]; step ids must be unique`);
      else if (typeof id === 'string') seen.set(id, i);
      const step = readStep(item as YamlNode, `steps[${i}]`, err, () => errors.length, unitKinds);
      if (step) steps.push(step);
    });
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, value: { type: type as IncidentType, title: title!, title_en: titleEn, steps } };
}

type Report = (node: YamlNode | null | undefined, message: string) => void;

function readStep(node: YamlNode, at: string, err: Report, errCount: () => number, unitKinds?: readonly string[]): SopStepDef | undefined {
  if (!isMap(node)) {
    err(node, `${at}: must be a mapping with id and title`);
    return undefined;
  }
  const before = errCount();
  checkKeys(node, STEP_KEYS, `${at}.`, err);
  const idNode = node.get('id', true) as YamlNode | undefined;
  const id = scalarString(idNode);
  if (!idNode) err(node, `${at}.id: is required`);
  else if (typeof id !== 'string' || !STEP_ID.test(id)) err(idNode, `${at}.id: "${String(id)}" must be lower_snake_case, 1–40 characters, starting with a letter`);
  const title = requiredText(node, 'title', `${at}.`, err);
  const titleEn = optionalText(node, 'title_en', `${at}.`, err);
  const reqNode = node.get('required', true) as YamlNode | undefined;
  const required = reqNode ? (reqNode as { value?: unknown }).value : true;
  if (typeof required !== 'boolean') err(reqNode, `${at}.required: must be true or false, got ${JSON.stringify(required)}`);
  const actionNode = node.get('action', true) as YamlNode | undefined;
  const action = actionNode ? scalarString(actionNode) : '';
  let param = '';
  if (actionNode && !(SOP_ACTIONS as readonly unknown[]).includes(action)) {
    err(actionNode, `${at}.action: "${String(action)}" is not an action (one of ${SOP_ACTIONS.join(', ')})`);
  }
  const kindNode = node.get('unit_kind', true) as YamlNode | undefined;
  const radiusNode = node.get('radius_m', true) as YamlNode | undefined;
  if (action === 'request_unit_type') {
    const kind = scalarString(kindNode);
    if (!kindNode) err(node, `${at}.unit_kind: is required for action request_unit_type`);
    else if (typeof kind !== 'string' || (unitKinds && !unitKinds.includes(kind))) {
      err(kindNode, `${at}.unit_kind: "${String(kind)}" is not a unit kind${unitKinds ? ` (one of ${unitKinds.join(', ')})` : ''}`);
    } else param = kind;
  } else if (kindNode) err(kindNode, `${at}.unit_kind: only allowed with action request_unit_type`);
  if (action === 'open_cameras') {
    const r = radiusNode ? (radiusNode as { value?: unknown }).value : DEFAULT_CAMERA_RADIUS_M;
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 50 || r > 5000) err(radiusNode, `${at}.radius_m: must be a whole number of metres from 50 to 5000, got ${JSON.stringify(r)}`);
    else param = String(r);
  } else if (radiusNode) err(radiusNode, `${at}.radius_m: only allowed with action open_cameras`);
  if (errCount() !== before) return undefined;
  return { id: id as string, title: title!, title_en: titleEn, required: required as boolean, action: action as SopAction | '', action_param: param };
}

function checkKeys(map: YAMLMap, allowed: string[], at: string, err: Report): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!allowed.includes(key)) err(pair.key as YamlNode, `${at}${key}: unknown key (allowed: ${allowed.join(', ')})`);
  }
}

function scalarString(node: YamlNode | null | undefined): unknown {
  return isScalar(node) ? node.value : node ? '(a list or mapping)' : undefined;
}

function requiredText(map: YAMLMap, key: string, at: string, err: Report): string | undefined {
  const node = map.get(key, true) as YamlNode | undefined;
  const v = scalarString(node);
  if (!node) err(map, `${at}${key}: is required`);
  else if (typeof v !== 'string' || v.trim() === '' || v.length > 200) err(node, `${at}${key}: must be text of 1–200 characters, got ${JSON.stringify(v)}`);
  else return v.trim();
  return undefined;
}

function optionalText(map: YAMLMap, key: string, at: string, err: Report): string {
  const node = map.get(key, true) as YamlNode | undefined;
  if (!node) return '';
  const v = scalarString(node);
  if (typeof v !== 'string' || v.length > 200) {
    err(node, `${at}${key}: must be text of up to 200 characters, got ${JSON.stringify(v)}`);
    return '';
  }
  return v.trim();
}

/** Reads every *.yaml in dir; throws one error listing each problem as file:line: message. */
export function loadSops(dir = SOPS_DIR, unitKinds?: readonly string[]): Map<IncidentType, SopDefinition> {
  const out = new Map<IncidentType, SopDefinition>();
  if (!fs.existsSync(dir)) return out;
  const problems: string[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = path.join(dir, name);
    const r = parseSop(fs.readFileSync(file, 'utf8'), file, unitKinds);
    if (!r.ok) problems.push(...r.errors.map((e) => `${name}:${e.line}: ${e.message}`));
    else if (out.has(r.value.type)) problems.push(`${name}:1: a second SOP for ${r.value.type}; keep one file per incident type`);
    else out.set(r.value.type, r.value);
  }
  if (problems.length) throw new Error(`SOP files in ${dir} are invalid:\n${problems.join('\n')}`);
  return out;
}
