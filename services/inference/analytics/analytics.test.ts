// Analytics on real decoded frames, scored against the simulator's ground truth: the simulator renders
// a few seconds of street video, ffmpeg encodes it to H.264 and decodes it again for the analyser.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseScenario, renderScenario, type ScenarioRun } from './scenario-run';

const scenes = {
  // Morning traffic building up, a flood rising at the hotspot from t = 6 s.
  day: { seed: 21, traffic: (t: number) => 0.45 + t / 40, flood: (t: number) => Math.max(0, (t - 6) / 10), weather: () => ({ night: false, rain: false }) },
  // Night in heavy rain, dense traffic; the hotspot stays dry for 10 s, then floods.
  nightRain: { seed: 33, traffic: () => 0.75, flood: (t: number) => Math.max(0, (t - 10) / 8), weather: () => ({ night: true, rain: true }) },
};

describe('analytics against simulator ground truth', () => {
  const runs: Record<string, ScenarioRun> = {};
  before(async () => {
    for (const [name, scene] of Object.entries(scenes)) {
      const { camera, file } = await renderScenario(scene, 18);
      runs[name] = await analyseScenario(camera, file);
    }
  });

  for (const name of Object.keys(scenes)) {
    it(`${name}: detections match true boxes (IoU ≥ 0.5, same class) with precision ≥ 0.9 and recall ≥ 0.85`, () => {
      const s = runs[name].score;
      assert.ok(s.frames >= 70, `scored ${s.frames} frames`);
      assert.ok(s.detection.tp > 300, `only ${s.detection.tp} true positives`);
      assert.ok(s.detection.precision >= 0.9, `precision ${s.detection.precision} (${JSON.stringify(s.perClass)})`);
      assert.ok(s.detection.recall >= 0.85, `recall ${s.detection.recall} (${JSON.stringify(s.perClass)})`);
    });

    it(`${name}: vehicle counts per direction at the line are within 10% of true crossings`, () => {
      const c = runs[name].score.counts;
      const truth = c.truth.eastbound + c.truth.westbound;
      assert.ok(truth >= 15, `only ${truth} true crossings: scene too quiet to judge`);
      assert.ok(c.errorPct <= 10, `counted ${JSON.stringify(c.measured)} vs true ${JSON.stringify(c.truth)} (${c.errorPct}% off)`);
      for (const dir of ['eastbound', 'westbound']) assert.ok(Math.abs(c.measured[dir] - c.truth[dir]) <= Math.max(1, c.truth[dir] * 0.1), `${dir}: ${c.measured[dir]} vs ${c.truth[dir]}`);
    });

    it(`${name}: every frame carries its true capture time and track ids stay stable`, () => {
      const run = runs[name];
      for (const r of run.results) assert.ok(run.camera.truth.frameAt(r.frameMs), `frame time ${r.frameMs} is not a captured frame`);
      // A vehicle crossing the whole frame keeps one id: far fewer track ids than detections.
      const ids = new Set(run.results.flatMap((r) => r.detections.map((d) => d.trackId)));
      const objects = new Set(run.camera.truth.frames.flatMap((f) => f.objects.map((o) => o.id)));
      assert.ok(ids.size <= objects.size * 1.3, `${ids.size} track ids for ${objects.size} true objects`);
    });
  }

  it('day: people entering the restricted zone raise intrusions, nobody else does', () => {
    const i = runs.day.score.intrusions;
    assert.ok(i.truth >= 1, 'the scene has no intrusion to find');
    assert.equal(i.recall, 1, JSON.stringify(i));
    assert.ok(i.precision >= 0.9, JSON.stringify(i));
  });

  for (const name of Object.keys(scenes)) {
    it(`${name}: the flood alarm is raised within 2 s of the water passing the alarm level, never before`, () => {
      const f = runs[name].score.flood;
      assert.ok(f.truthOnsetMs && f.alarmOnsetMs, JSON.stringify(f));
      assert.ok(f.alarmOnsetMs! >= f.truthOnsetMs! - 400 && f.alarmOnsetMs! <= f.truthOnsetMs! + 2000, JSON.stringify(f));
      assert.ok(f.levelMae <= 0.08, `water level off by ${f.levelMae} on average`);
    });
  }

  it('nightRain: rain on the dry hotspot at night reads as dry', () => {
    const dry = runs.nightRain.results.filter((r) => (runs.nightRain.camera.truth.frameAt(r.frameMs)?.floodLevel ?? 1) === 0);
    assert.ok(dry.length > 30, `${dry.length} dry frames`);
    assert.deepEqual(dry.filter((r) => r.floods[0].level > 0.1).map((r) => r.floods[0].level), []);
  });

  it('congestion: occupancy tracks the true share of road covered, and dense traffic reads denser than light', () => {
    for (const name of Object.keys(scenes)) assert.ok(runs[name].score.congestion.occupancyMae <= 0.04, `${name}: ${JSON.stringify(runs[name].score.congestion)}`);
    const mean = (run: ScenarioRun) => run.results.reduce((a, r) => a + r.occupancy, 0) / run.results.length;
    const early = runs.day.results.slice(10, 30);
    const late = runs.day.results.slice(-20);
    assert.ok(mean({ ...runs.day, results: late }) > mean({ ...runs.day, results: early }), 'rising traffic did not raise occupancy');
  });
});
