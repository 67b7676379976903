import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { INCIDENT_TYPES } from '../../common/domain/incident';
import { loadDispatchRequirements } from './requirements-file';
import { loadSops, parseSop } from './sop-file';

const KINDS = ['fire_engine', 'ambulance', 'patrol_car'];

const GOOD = `type: fire
title: Cháy
steps:
  - id: confirm_location
    title: Xác nhận vị trí
  - id: send_engines
    title: Điều xe chữa cháy
    required: true
    action: request_unit_type
    unit_kind: fire_engine
  - id: cameras
    title: Mở camera
    required: false
    action: open_cameras
`;

describe('SOP files', () => {
  it('parses a valid SOP with defaults (required true, camera radius 300 m)', () => {
    const r = parseSop(GOOD, 'fire.yaml', KINDS);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    assert.deepEqual(
      r.value.steps.map((s) => [s.id, s.required, s.action, s.action_param]),
      [['confirm_location', true, '', ''], ['send_engines', true, 'request_unit_type', 'fire_engine'], ['cameras', false, 'open_cameras', '300']],
    );
  });

  it('reports each problem on its own line', () => {
    const bad = `type: fire
title: Cháy
colour: red
steps:
  - id: confirm_location
    title: Xác nhận
    required: yes
  - id: confirm_location
    title: Lại
  - id: Send-Engines
    title: Điều xe
    action: request_unit_type
    unit_kind: spaceship
  - id: cams
    title: Camera
    action: open_cameras
    radius_m: 99999
  - id: ward
    title: Báo phường
    action: call_mayor
`;
    const r = parseSop(bad, 'fire.yaml', KINDS);
    assert.ok(!r.ok);
    const lines = r.errors.map((e) => `${e.line}: ${e.message}`);
    assert.deepEqual(lines, [
      '3: colour: unknown key (allowed: type, title, title_en, steps)',
      '7: steps[0].required: must be true or false, got "yes"',
      '8: steps[1].id: "confirm_location" is already used by steps[0]; step ids must be unique',
      '10: steps[2].id: "Send-Engines" must be lower_snake_case, 1–40 characters, starting with a letter',
      '13: steps[2].unit_kind: "spaceship" is not a unit kind (one of fire_engine, ambulance, patrol_car)',
      '17: steps[3].radius_m: must be a whole number of metres from 50 to 5000, got 99999',
      '20: steps[4].action: "call_mayor" is not an action (one of notify_ward, request_unit_type, open_cameras)',
    ]);
  });

  it('gives the line of a YAML syntax error', () => {
    const r = parseSop('type: fire\ntitle: Cháy\nsteps:\n  - id: a\n    title: [unclosed\n', 'fire.yaml');
    assert.ok(!r.ok);
    assert.match(r.errors[0].message, /^YAML syntax/);
    assert.ok(r.errors[0].line >= 5, `line ${r.errors[0].line}`);
  });

  it('requires the type to match the file name and steps to exist', () => {
    const r = parseSop('type: flooding\ntitle: Ngập\nsteps: []\n', 'fire.yaml');
    assert.ok(!r.ok);
    assert.deepEqual(r.errors.map((e) => e.line), [1, 3]);
    assert.match(r.errors[0].message, /does not match the file name fire\.yaml/);
    assert.match(r.errors[1].message, /steps: must be a list of at least one step/);
  });

  it('rejects a missing title and an unknown incident type', () => {
    const r = parseSop('type: volcano\nsteps:\n  - id: a\n    title: A\n', 'volcano.yaml');
    assert.ok(!r.ok);
    assert.match(r.errors.map((e) => e.message).join('\n'), /type: "volcano" is not an incident type[\s\S]*title: is required/);
  });

  it('the shipped assets/sops cover every incident type and use known unit kinds', () => {
    const sops = loadSops(undefined, Object.keys(loadDispatchRequirements().unitKinds));
    assert.deepEqual([...sops.keys()].sort(), [...INCIDENT_TYPES].sort());
  });
});
