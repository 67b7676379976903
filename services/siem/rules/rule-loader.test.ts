import { describe, it } from 'node:test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { DEFAULT_RULES_DIR } from '../detection';
import { compileRuleText, loadRulePack } from './rule-loader';

const errorsOf = (text: string) => compileRuleText(text, 'test.yml').errors.map((e) => `${e.line}: ${e.message}`);

const GOOD = `title: Failed logins
id: test-rule
level: high
tags: [attack.t1110]
detection:
  selection:
    action: login
  condition: selection
`;

describe('rule validation on load', () => {
  it('compiles a good rule with its technique and line', () => {
    const { rules, errors } = compileRuleText(GOOD, 'test.yml');
    assert.deepEqual(errors, []);
    assert.equal(rules[0].id, 'test-rule');
    assert.equal(rules[0].technique, 'T1110');
    assert.equal(rules[0].line, 1);
  });

  it('reports bad YAML with its line', () => {
    const errs = errorsOf('title: x\nid: y\ndetection:\n  selection:\n    action: [login\n  condition: selection\n');
    assert.ok(errs.length >= 1);
    assert.match(errs[0], /^\d+: YAML: /);
    assert.ok(Number(errs[0].split(':')[0]) >= 5, errs[0]);
  });

  it('names an unknown modifier on its line', () => {
    assert.deepEqual(errorsOf(GOOD.replace('    action: login', '    action: login\n    user|sounds_like: admin')), [
      '8: selection.user: unknown modifier "sounds_like" (have: contains, startswith, endswith, re, cidr, all, gt, gte, lt, lte)',
    ]);
  });

  it('names a condition that references an unknown selection on the condition line', () => {
    assert.deepEqual(errorsOf(GOOD.replace('condition: selection', 'condition: selection and not filter')), ['8: condition: "filter" is not a selection (have: selection)']);
    assert.deepEqual(errorsOf(GOOD.replace('condition: selection', 'condition: 1 of filter_*')), ['8: condition: "1 of filter_*" matches no selection (have: selection)']);
    assert.deepEqual(errorsOf(GOOD.replace('condition: selection', 'condition: (selection')), ['8: condition: expected ")" at the end']);
  });

  it('rejects a bad timeframe, a missing one, and one without an aggregation', () => {
    const agg = GOOD.replace('condition: selection', 'condition: selection | count() by source_ip > 5\n  timeframe: 5 minutes');
    assert.deepEqual(errorsOf(agg), [
      '9: detection.timeframe: "5 minutes" is not a duration from 1s to 7d like 30s, 5m, 1h',
      '8: detection.timeframe: is required with an aggregation (e.g. timeframe: 5m)',
    ]);
    assert.deepEqual(errorsOf(GOOD.replace('condition: selection', 'condition: selection\n  timeframe: 5m')), ['9: detection.timeframe: only means something with an aggregation ("| count() … > N")']);
    assert.deepEqual(errorsOf(GOOD.replace('condition: selection', 'condition: selection | count() by nowhere > 5\n  timeframe: 5m')), ['8: condition: aggregation field "nowhere" is not a known field']);
    assert.deepEqual(errorsOf(GOOD.replace('condition: selection', 'condition: selection | count() < 5\n  timeframe: 5m')), ['8: condition: "<" is not supported; an aggregation fires when it rises past N (> or >=)']);
  });

  it('names unknown fields, keys, bad values, bad tags and missing parts with their lines', () => {
    const unknown = errorsOf(GOOD.replace('action: login', 'actoin: login'));
    assert.equal(unknown.length, 1);
    assert.match(unknown[0], /^7: selection\.actoin: unknown field \(have: host, source_ip, .*action.*asset_ward/);
    assert.deepEqual(errorsOf(GOOD.replace('action: login', 'source_ip|cidr: 10.0.0.0/33')), ['7: selection.source_ip|cidr: "10.0.0.0/33" is not a network like 10.50.0.0/16 or fd00::/8']);
    assert.deepEqual(errorsOf(GOOD.replace('action: login', "message|re: '(unclosed'")), ['7: selection.message|re: Invalid regular expression: /(unclosed/: Unterminated group']);
    assert.deepEqual(errorsOf(GOOD.replace('action: login', 'bytes_out|gt: lots')), ['7: selection.bytes_out|gt: "lots" is not a number']);
    assert.deepEqual(errorsOf(GOOD.replace('level: high', 'level: severe')), ['3: level: "severe" is not one of informational, low, medium, high, critical']);
    assert.deepEqual(errorsOf(GOOD.replace('tags: [attack.t1110]', 'tags: [attack.t11]')), ['4: tags: "attack.t11" is not an ATT&CK technique id (t1234 or t1234.001)']);
    assert.deepEqual(errorsOf(`priority: 1\n${GOOD}`)[0].slice(0, 30), '1: priority: unknown rule key ');
    assert.deepEqual(errorsOf(GOOD.replace('id: test-rule\n', '')), ['1: id: is required']);
    assert.deepEqual(errorsOf(GOOD.replace("title: Failed logins", "title: Failed logins by {usr}")), ['1: title: {usr} is not a known field']);
  });

  it('compiles several documents in one file and refuses a duplicate id across the pack', () => {
    const { rules } = compileRuleText(`${GOOD}---\n${GOOD.replace('test-rule', 'test-rule-2')}`, 'multi.yml');
    assert.deepEqual(rules.map((r) => [r.id, r.line]), [['test-rule', 1], ['test-rule-2', 10]]);
  });

  it('loads a folder: errors carry their file, a duplicate id points at the first, good rules still load', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-rules-'));
    fs.writeFileSync(path.join(dir, 'a.yml'), GOOD);
    fs.writeFileSync(path.join(dir, 'b.yaml'), `# copied\n${GOOD}`);
    fs.writeFileSync(path.join(dir, 'c.yml'), GOOD.replace('test-rule', 'other').replace('action: login', 'action|rx: login'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a rule');
    const { rules, errors } = loadRulePack(dir);
    fs.rmSync(dir, { recursive: true });
    assert.deepEqual(rules.map((r) => r.id), ['test-rule']);
    assert.deepEqual(errors.map((e) => `${e.file}:${e.line}: ${e.message}`), [
      'b.yaml:2: id: "test-rule" is already used by a.yml:1',
      'c.yml:7: selection.action: unknown modifier "rx" (have: contains, startswith, endswith, re, cidr, all, gt, gte, lt, lte)',
    ]);
  });

  it('loads the shipped city rule pack without an error', () => {
    const { rules, errors } = loadRulePack(DEFAULT_RULES_DIR);
    assert.deepEqual(errors, []);
    assert.equal(rules.length, 8);
    for (const r of rules.filter((x) => x.id !== 'wf-ids-signature')) assert.match(r.technique, /^T\d{4}/, r.id);
  });
});
