import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../demo/random';
import { simulateGaugeSeries, type CatchmentParams } from '../../demo/sensor-physics';
import { evaluateHoldout, exceedanceProbability, fitFloodModel, forecastLevels, toGrid, GRID_MS } from './flood-model';
import { fitLeastSquares } from './least-squares';

const STREET: CatchmentParams = { kind: 'street', baseCm: 0, gain: 0.07, lagSteps: 3, drain: 0.06, pump: { onCm: 15, offCm: 5, cmPerStep: 1, flowM3h: 1200 } };
const RIVER: CatchmentParams = { kind: 'river', baseCm: 250, gain: 0.12, lagSteps: 6, drain: 0.015 };
const DAYS_30 = 30 * 288;

test('least squares recovers the coefficients of a noiseless linear relation', () => {
  const rows = Array.from({ length: 40 }, (_, i) => [1, i, (i * 7) % 5]);
  const y = rows.map((r) => 3 + 2 * r[1] - 0.5 * r[2]);
  const beta = fitLeastSquares(rows, y, 0);
  assert.deepEqual(beta.map((b) => Math.round(b * 1000) / 1000), [3, 2, -0.5]);
});

for (const [name, params, floor] of [['street ponding', STREET, 0], ['Tô Lịch river stage', RIVER, 250]] as const) {
  test(`ARX flood model beats persistence on held-out ${name} data at 30/60/120 min`, () => {
    const { level, rain } = simulateGaugeSeries(seededRandom(name.length * 7919), DAYS_30, params, 1.2);
    const scores = evaluateHoldout(level, rain, params.baseCm, floor, 0.75);
    assert.deepEqual(scores.map((s) => s.minutes), [30, 60, 120]);
    for (const s of scores) {
      assert.ok(s.n > 1500, `${s.minutes} min: ${s.n} held-out rows`);
      assert.ok(s.rmse < s.persistenceRmse, `${s.minutes} min: model RMSE ${s.rmse.toFixed(2)} cm vs persistence ${s.persistenceRmse.toFixed(2)} cm`);
      assert.ok(s.mae < s.persistenceMae, `${s.minutes} min: model MAE ${s.mae.toFixed(2)} cm vs persistence ${s.persistenceMae.toFixed(2)} cm`);
    }
    // Figures for the report (run with --test-reporter=spec to see them).
    console.info(name, JSON.stringify(scores.map((s) => ({ min: s.minutes, rmse: +s.rmse.toFixed(2), mae: +s.mae.toFixed(2), pers_rmse: +s.persistenceRmse.toFixed(2), pers_mae: +s.persistenceMae.toFixed(2), n: s.n }))));
  });
}

test('heavy rain that has just fallen raises the forecast level and the exceedance probability above today\'s level', () => {
  const { level, rain } = simulateGaugeSeries(seededRandom(11), DAYS_30, STREET, 1.2);
  const model = fitFloodModel(level, rain, 0, 0);
  const dry = { level: new Array(20).fill(0), rain: new Array(20).fill(0) };
  const wet = { level: [...new Array(17).fill(0), 0.5, 2, 5], rain: [...new Array(14).fill(0), 60, 80, 90, 90, 85, 80] };
  const fDry = forecastLevels(model, dry.level, dry.rain, 0, 0)!;
  const fWet = forecastLevels(model, wet.level, wet.rain, 0, 0)!;
  assert.ok(fDry[0].levelCm < 2, `dry street forecast ${fDry[0].levelCm}`);
  assert.ok(fWet[0].levelCm > 10, `wet street 30-min forecast ${fWet[0].levelCm}`);
  assert.ok(exceedanceProbability(fWet[1], 30) > exceedanceProbability(fDry[1], 30));
});

test('toGrid keeps the last level per step, averages rain, and carries a level over short gaps only', () => {
  const t0 = 1_700_000_000_000 - (1_700_000_000_000 % GRID_MS);
  const g = toGrid(
    [{ t: t0, v: 1 }, { t: t0 + 60_000, v: 2 }, { t: t0 + 8 * GRID_MS, v: 9 }],
    [{ t: t0, v: 10 }, { t: t0 + 120_000, v: 20 }],
    t0,
    t0 + 8 * GRID_MS,
  );
  assert.deepEqual(g.level.slice(0, 5), [2, 2, 2, 2, NaN]);
  assert.equal(g.level[8], 9);
  assert.deepEqual(g.rain.slice(0, 2), [15, 0]);
});
