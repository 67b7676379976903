import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Recommendation } from '../../../../common/domain/recommendation';
import { translator } from '../../../i18n/translate';
import { capabilityLabel, coverageLines, estimateCounts, formatEta, proposedCallSigns, takenUnit } from './dispatch-panel';

const en = translator('en');
const vi = translator('vi');

it('reads ETAs and capabilities in the operator language', () => {
  assert.equal(formatEta(en, 42.4), '42 s');
  assert.equal(formatEta(en, 125), '2 min 5 s');
  assert.equal(formatEta(vi, 125), '2 phút 5 giây');
  assert.equal(capabilityLabel(en, 'medical'), 'Ambulance (medical)');
  assert.equal(capabilityLabel(en, 'hovercraft'), 'hovercraft', 'an unknown capability shows its name');
});

it('groups coverage gaps by capability', () => {
  const lines = coverageLines(en, [
    { capability: 'medical', ward: 'Hoàn Kiếm', minutes: 10, coveringBefore: 1 },
    { capability: 'medical', ward: 'Cửa Nam', minutes: 10, coveringBefore: 1 },
    { capability: 'fire_suppression', ward: 'Tây Hồ', minutes: 10, coveringBefore: 1 },
  ]);
  assert.deepEqual(lines, ['No Ambulance (medical) within 10 min of: Hoàn Kiếm, Cửa Nam', 'No Fire engine within 10 min of: Tây Hồ']);
});

it('names the proposed set and a unit another incident took', () => {
  const s = (unitId: string, callSign: string) => ({ unitId, callSign }) as Recommendation['requirements'][0]['suggestions'][0];
  const rec = { proposedUnitIds: ['U-2', 'U-1'], requirements: [{ suggestions: [s('U-1', 'PCCC-01'), s('U-2', 'PCCC-02')] }] } as Recommendation;
  assert.deepEqual(proposedCallSigns(rec), ['PCCC-02', 'PCCC-01']);
  const est = (unitId: string, estimate: string) => ({ unitId, estimate }) as Recommendation['requirements'][0]['suggestions'][0];
  const mixed = { requirements: [{ suggestions: [est('U-1', 'road_graph'), est('U-2', 'straight_line')] }, { suggestions: [est('U-1', 'road_graph')] }] } as Recommendation;
  assert.deepEqual(estimateCounts(mixed), { road: 1, straight: 1 }, 'a unit listed twice counts once');
  assert.deepEqual(takenUnit({ code: 'CONFLICT', message: 'x', current: { callSign: 'PCCC-01', incidentId: 'INC-000007' } }), { unit: 'PCCC-01', incident: 'INC-000007' });
  assert.equal(takenUnit({ code: 'CONFLICT', message: 'stale', current: { id: 'INC-1', version: 4 } }), null);
});
