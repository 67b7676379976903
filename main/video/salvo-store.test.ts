import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SalvoStore } from './salvo-store';

const quad = (name: string, first = 'CAM-0001') => ({ name, layout: '2x2', cameras: [first, 'CAM-0002', null, 'CAM-0004'] });

test('salvos are saved per operator, survive reopening, and are overwritten only when asked', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-salvo-'));
  const file = path.join(dir, 'wall.sqlite');
  const an = await SalvoStore.open(file, 'an');
  const saved = await an.save(quad('Hồ Gươm'));
  assert.ok(saved.ok);
  assert.deepEqual(saved.ok && saved.value.map((s) => s.name), ['Hồ Gươm']);
  const again = await an.save(quad('Hồ Gươm', 'CAM-0009'));
  assert.equal(again.ok ? null : again.error.code, 'CONFLICT');
  const over = await an.save({ ...quad('Hồ Gươm', 'CAM-0009'), overwrite: true });
  assert.equal(over.ok && over.value[0].cameras[0], 'CAM-0009');
  const bad = await an.save({ name: 'x', layout: '3x3', cameras: ['CAM-0001'] });
  assert.equal(bad.ok ? null : bad.error.field, 'cameras');
  await an.close();

  const reopened = await SalvoStore.open(file, 'an');
  const list = await reopened.list();
  assert.deepEqual(list.map((s) => [s.name, s.layout, s.cameras]), [['Hồ Gươm', '2x2', ['CAM-0009', 'CAM-0002', null, 'CAM-0004']]]);
  const other = await SalvoStore.open(file, 'binh');
  assert.deepEqual(await other.list(), []);
  const gone = await reopened.delete({ name: 'Hồ Gươm' });
  assert.deepEqual(gone.ok && gone.value, []);
  const missing = await reopened.delete({ name: 'Hồ Gươm' });
  assert.equal(missing.ok ? null : missing.error.code, 'NOT_FOUND');
  await reopened.close();
  await other.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
