import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../demo/random';
import { CongestionModel, hanoiCommuterProfile } from './congestion-model';

const STEP = 5 * 60_000;
const T0 = Date.UTC(2026, 6, 1, 17, 0); // 00:00 in Hanoi

/** A corridor whose true daily shape differs from the prior (a late evening peak), with noise. */
function corridor(days: number, seed: number): { t: number; v: number }[] {
  const rnd = seededRandom(seed);
  const out: { t: number; v: number }[] = [];
  for (let i = 0; i < days * 288; i++) {
    const h = ((i % 288) * 5) / 60;
    const dayFactor = 0.9 + 0.2 * Math.sin(Math.floor(i / 288));
    const truth = dayFactor * (3 + 9 * Math.exp(-((h - 8) ** 2) / 1.5) + 12 * Math.exp(-((h - 19) ** 2) / 2));
    out.push({ t: T0 + i * STEP, v: Math.max(0, truth + (rnd() - 0.5) * 4) });
  }
  return out;
}

test('seasonal smoothing beats persistence 60 minutes ahead on held-out days of camera counts', () => {
  const series = corridor(14, 5);
  const model = new CongestionModel(hanoiCommuterProfile().map(() => 1)); // flat prior: the profile must be learned
  const cut = 10 * 288;
  const h = 12; // 60 min
  let se = 0;
  let pse = 0;
  let n = 0;
  for (let i = 0; i < series.length; i++) {
    model.observe(series[i].t, series[i].v);
    if (i >= cut && i + h < series.length) {
      const f = model.forecast(series[i].t, 60)!;
      se += (f - series[i + h].v) ** 2;
      pse += (series[i].v - series[i + h].v) ** 2;
      n++;
    }
  }
  const rmse = Math.sqrt(se / n);
  const pers = Math.sqrt(pse / n);
  console.info('congestion 60 min', JSON.stringify({ rmse: +rmse.toFixed(2), persistence_rmse: +pers.toFixed(2), n }));
  assert.ok(rmse < pers, `model RMSE ${rmse.toFixed(2)} vs persistence ${pers.toFixed(2)}`);
});

test('ahead of the evening rush the forecast rises above the current count', () => {
  const model = new CongestionModel();
  const at1600 = Date.UTC(2026, 6, 2, 9, 0); // 16:00 Hanoi
  for (let i = 0; i < 6; i++) model.observe(at1600 - (6 - i) * STEP, 6);
  assert.ok(model.forecast(at1600, 60)! > model.forecast(at1600, 0)! * 1.2);
});

test('no forecast before any count arrives', () => {
  assert.equal(new CongestionModel().forecast(T0, 30), undefined);
});
