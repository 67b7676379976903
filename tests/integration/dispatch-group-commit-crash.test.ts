// The dispatch engine is killed (SIGKILL) while group-committing AVL reports and new incidents:
// every mutation it acknowledged is in the SQLite file afterwards, and the log has no gap.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SqliteDb } from '../../services/store/sqlite-db';
import { DispatchStore } from '../../services/dispatch/store';
import { tempDir } from './helpers';

const ROOT = path.resolve(__dirname, '../..');

/** Runs in the child: seeds one unit, then submits mutations without pause and prints each acknowledgement. */
const CHILD = `
const { DispatchStore } = require(${JSON.stringify(path.join(ROOT, 'services/dispatch/store.ts'))});
const { DispatchEngine } = require(${JSON.stringify(path.join(ROOT, 'services/dispatch/dispatch-engine.ts'))});
const { createLogger } = require(${JSON.stringify(path.join(ROOT, 'common/log.ts'))});
(async () => {
  const store = await DispatchStore.open(process.argv[1]);
  const engine = new DispatchEngine(store, [], createLogger('crash', () => undefined));
  await engine.seedUnits([{ id: 'U-9', call_sign: 'U9', agency: 'police', kind: 'patrol_car', status: 'available', position: { lat: 21.03, lon: 105.85 }, heading_deg: 0, speed_kmh: 0, incident_id: '', updated_ms: 0, version: 1 }]);
  process.stdout.write('READY\\n');
  let i = 0;
  const burst = () => {
    for (let k = 0; k < 25; k++, i++) {
      const id = 'req-crash-' + String(i).padStart(6, '0');
      const p = i % 5 === 0
        ? engine.createIncident({ request_id: id, type: 'fire', priority: 1, location: { lat: 21.02, lon: 105.84 }, description: 'crash ' + i, source: 'hotline', actor: 'crash' })
        : engine.reportUnitPosition({ request_id: id, unit_id: 'U-9', position: { lat: 21.03, lon: 105.85 }, heading_deg: i % 360, speed_kmh: 20 });
      p.then(() => process.stdout.write('ACK ' + id + '\\n'), (e) => process.stdout.write('ERR ' + id + ' ' + e.message + '\\n'));
    }
    setImmediate(burst);
  };
  burst();
})();
`;

describe('dispatch group commit survives a crash', () => {
  const dir = tempDir('gc-crash');
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loses no acknowledged mutation when the engine process is killed mid-batch', async () => {
    const file = path.join(dir, 'dispatch.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', '--eval', CHILD, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const acked: string[] = [];
    const errors: string[] = [];
    let buffer = '';
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await new Promise<void>((resolve) => {
      child.stdout!.on('data', (d: Buffer) => {
        buffer += d.toString();
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line.startsWith('ACK ')) acked.push(line.slice(4));
          if (line.startsWith('ERR ')) errors.push(line);
        }
        // Killed while batches are in flight: mutations keep arriving without pause.
        if (acked.length >= 2000) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () => resolve());
    });
    await exited;
    assert.deepEqual(errors, [], 'no mutation failed before the kill');
    assert.ok(acked.length >= 2000, `the child acknowledged ${acked.length} mutations before dying`);

    const db = await SqliteDb.open(file);
    const stored = new Set((await db.all<{ request_id: string }>("SELECT request_id FROM requests WHERE request_id LIKE 'req-crash-%'")).map((r) => r.request_id));
    const lost = acked.filter((id) => !stored.has(id));
    assert.deepEqual(lost.slice(0, 10), [], `${lost.length} acknowledged mutations are missing`);
    // The log is gapless and holds one event per stored mutation (plus the seeded unit).
    const seqs = (await db.all<{ seq: number }>('SELECT seq FROM events ORDER BY seq')).map((r) => r.seq);
    assert.equal(seqs.length, stored.size + 1);
    assert.equal(seqs[seqs.length - 1], seqs.length);
    await db.close();

    // Reopened, the engine's state continues from what was committed.
    const store = await DispatchStore.open(file);
    const unit = await store.getUnit(store.db, 'U-9');
    const reports = [...stored].filter((id) => Number(id.slice(10)) % 5 !== 0).length;
    assert.equal(unit?.version, 1 + reports);
    await store.close();
  });
});
