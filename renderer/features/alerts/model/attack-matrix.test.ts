import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { alert } from '../../../state/test-fixtures';
import { viewPasses } from './alert-filters';
import { alertTactics, ATTACK_DATA, buildAttackMatrix, heatLevel, techniqueIdsOfTags, techniquesOf } from './attack-matrix';

const NOW = Date.UTC(2026, 10, 23, 7, 0, 0);
const H = 3_600_000;
const RULES = [
  { ruleId: 'wf-camera-nvr-brute-force', tags: ['attack.credential_access', 'attack.t1110', 'attack.t0812'] },
  { ruleId: 'wf-camera-offline-burst', tags: ['attack.impact', 'attack.t0826', 'attack.t0881'] },
  { ruleId: 'wf-operator-impossible-travel', tags: ['attack.initial_access', 'attack.t1078'] },
  { ruleId: 'wf-portal-request-spike', tags: ['attack.impact', 'attack.t1498', 'attack.t1499.002'] },
];

test('every technique and tactic the shipped rule pack tags has a name and a place in the data file', () => {
  const dir = path.join(__dirname, '../../../../assets/rules');
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.yml'))) {
    const rule = parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { tags?: string[] };
    for (const id of techniqueIdsOfTags(rule.tags ?? [])) {
      const t = ATTACK_DATA.techniques.find((x) => x.id === id);
      assert.ok(t && t.name && t.tactics.length, `${f}: ${id} missing from assets/attack/attack-ids.json`);
      for (const ta of t!.tactics) assert.ok(ATTACK_DATA.tactics[t!.domain].some((x) => x.id === ta), `${id}: tactic ${ta} not in ${t!.domain}`);
    }
    for (const tag of (rule.tags ?? []).filter((x) => !/^attack\.t\d/.test(x))) {
      const short = tag.slice('attack.'.length);
      assert.ok([...ATTACK_DATA.tactics.enterprise, ...ATTACK_DATA.tactics.ics].some((x) => x.short === short), `${f}: tactic ${tag} unknown`);
    }
  }
});

test('enterprise matrix: rule techniques become cells under their tactics, counted by open alerts', () => {
  const alerts = [
    alert({ id: 'A1', ruleId: 'wf-camera-nvr-brute-force', attackTags: RULES[0].tags, mitreTechnique: 'T1110' }),
    alert({ id: 'A2', ruleId: 'wf-camera-nvr-brute-force', attackTags: RULES[0].tags, status: 'closed' }),
    alert({ id: 'A3', ruleId: 'wf-operator-impossible-travel', attackTags: RULES[2].tags, mitreTechnique: 'T1078' }),
  ];
  const m = buildAttackMatrix('enterprise', RULES, alerts, 'open', NOW);
  const col = (short: string) => m.columns.find((c) => c.tactic.short === short)!;
  assert.equal(m.columns.length, 14);
  assert.deepEqual(col('credential_access').cells.map((c) => [c.techniqueId, c.name, c.alerts]), [['T1110', 'Brute Force', 1]]);
  // Valid Accounts sits under four tactics, with the same count in each.
  for (const t of ['initial_access', 'persistence', 'privilege_escalation', 'defense_evasion']) assert.equal(col(t).cells[0].techniqueId, 'T1078');
  assert.deepEqual(col('impact').cells.map((c) => [c.techniqueId, c.alerts]), [['T1498', 0], ['T1499.002', 0]]);
  assert.equal(col('discovery').cells.length, 0);
  assert.equal(m.max, 1);
  // ICS techniques stay out of the enterprise matrix.
  assert.ok(!m.columns.some((c) => c.cells.some((x) => x.techniqueId.startsWith('T0'))));
});

test('ICS matrix, periods, unknown ids and the event-named technique', () => {
  const alerts = [
    alert({ id: 'B1', ruleId: 'wf-camera-offline-burst', attackTags: RULES[1].tags, status: 'closed', lastSeenMs: NOW - 2 * H }),
    alert({ id: 'B2', ruleId: 'wf-camera-offline-burst', attackTags: RULES[1].tags, status: 'closed', lastSeenMs: NOW - 3 * 24 * H }),
    alert({ id: 'B3', ruleId: 'wf-ids-signature', attackTags: [], mitreTechnique: 'T0999' }),
  ];
  const open = buildAttackMatrix('ics', RULES, alerts, 'open', NOW);
  assert.equal(open.columns.find((c) => c.tactic.short === 'inhibit_response_function')!.cells[0].alerts, 0);
  assert.deepEqual(open.unmapped.map((c) => [c.techniqueId, c.name, c.alerts]), [['T0999', '', 1]]);
  const day = buildAttackMatrix('ics', RULES, alerts, '24h', NOW);
  assert.equal(day.columns.find((c) => c.tactic.short === 'impact')!.cells.find((c) => c.techniqueId === 'T0826')!.alerts, 1);
  const week = buildAttackMatrix('ics', RULES, alerts, '7d', NOW);
  assert.equal(week.columns.find((c) => c.tactic.short === 'impact')!.alerts, 2);
  assert.equal(week.columns.find((c) => c.tactic.short === 'lateral_movement')!.cells[0].techniqueId, 'T0812');
});

test('a cell or a tactic narrows the grid to exactly the alerts it counted', () => {
  const brute = alert({ id: 'C1', attackTags: RULES[0].tags, mitreTechnique: '' });
  const closedBrute = alert({ id: 'C2', attackTags: RULES[0].tags, status: 'closed' });
  const travel = alert({ id: 'C3', attackTags: RULES[2].tags, mitreTechnique: 'T1078' });
  const eveOnly = alert({ id: 'C4', attackTags: [], mitreTechnique: 't1190' });
  const base = { filter: 'all', tactic: '', assetKind: '' } as const;
  const cell = { ...base, technique: 'T1110', period: 'open' } as const;
  assert.deepEqual([brute, closedBrute, travel].filter((a) => viewPasses(cell, a, '', NOW)).map((a) => a.id), ['C1']);
  const tactic = { ...base, tactic: 'initial_access', period: 'open' } as const;
  assert.deepEqual([brute, travel, eveOnly].filter((a) => viewPasses(tactic, a, '', NOW)).map((a) => a.id), ['C3', 'C4']);
  assert.deepEqual(techniquesOf(eveOnly), ['T1190']);
  assert.ok(alertTactics(brute).has('lateral_movement')); // T0812 Default Credentials, ICS
});

test('heat levels spread counts over four colours and keep zero apart', () => {
  assert.equal(heatLevel(0, 10), 0);
  assert.equal(heatLevel(1, 10), 1);
  assert.equal(heatLevel(6, 10), 3);
  assert.equal(heatLevel(10, 10), 4);
  assert.equal(heatLevel(3, 0), 0);
});
