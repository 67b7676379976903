import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredIncident } from './store';
import { timelineOf } from './timeline';

const base: StoredIncident = {
  id: 'INC-000001', type: 'fire', priority: 1, status: 'new', location: { lat: 21.03, lon: 105.85 }, ward: 'Hoàn Kiếm',
  description: '', source: 'hotline', created_ms: 1000, updated_ms: 1000, version: 1, updated_by: 'an', assigned_unit_ids: [],
  sop_id: 'fire', sop_steps: [{ id: 'confirm_location', title: 'x', title_en: 'x', required: true, action: '', action_param: '', done_by: '', done_ms: 0 }], notes: [],
};

describe('incident timeline', () => {
  it('turns successive versions into who/when/what entries', () => {
    const v2 = { ...base, status: 'dispatched', assigned_unit_ids: ['FE-1', 'AMB-2'], version: 2, updated_ms: 2000, updated_by: 'binh' };
    const v3 = { ...v2, sop_steps: [{ ...base.sop_steps![0], done_by: 'chi', done_ms: 3000 }], version: 3, updated_ms: 3000, updated_by: 'chi' };
    const v4 = { ...v3, notes: [{ id: 'N1', text: 'smoke on floor 3', author: 'dung', time_ms: 4000 }], version: 4, updated_ms: 4000, updated_by: 'dung' };
    const v5 = { ...v4, assigned_unit_ids: ['FE-1'], priority: 2, version: 5, updated_ms: 5000, updated_by: 'an' };
    const entries = timelineOf([v2, v3, v4, v5].reduce((acc, inc, i) => [...acc, { seq: i + 2, timeMs: 0, incident: inc }], [{ seq: 1, timeMs: 0, incident: base }]));
    assert.deepEqual(
      entries.map((e) => [e.time_ms, e.actor, e.change, e.detail]),
      [
        [1000, 'an', 'created', 'fire P1 from hotline in Hoàn Kiếm'],
        [2000, 'binh', 'status', 'new → dispatched'],
        [2000, 'binh', 'units_assigned', 'FE-1, AMB-2'],
        [3000, 'chi', 'sop_step', 'confirm_location'],
        [4000, 'dung', 'note', 'smoke on floor 3'],
        [5000, 'an', 'priority', 'P1 → P2'],
        [5000, 'an', 'units_released', 'AMB-2'],
      ],
    );
  });

  it('reads incidents logged before SOPs and notes existed', () => {
    const old = { ...base, sop_steps: undefined, notes: undefined, sop_id: undefined };
    const entries = timelineOf([{ seq: 1, timeMs: 9, incident: old }, { seq: 2, timeMs: 9, incident: { ...old, description: 'more', version: 2 } }]);
    assert.deepEqual(entries.map((e) => e.change), ['created', 'updated']);
  });
});
