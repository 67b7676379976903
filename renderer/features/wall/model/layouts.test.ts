import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WALL_LAYOUTS, tileQuality, wallLayout } from './layouts';

test('every layout has the tile count its name says and no two tiles overlap', () => {
  const expected: Record<string, number> = { '1': 1, '2x2': 4, '3x3': 9, '4x4': 16, '1+5': 6, '1+7': 8 };
  for (const id of WALL_LAYOUTS) {
    const l = wallLayout(id);
    assert.equal(l.cells.length, expected[id], id);
    const covered = new Set<string>();
    for (const c of l.cells) {
      for (let x = c.col; x < c.col + c.colSpan; x++)
        for (let y = c.row; y < c.row + c.rowSpan; y++) {
          assert.ok(x <= l.cols && y <= l.rows, `${id}: cell outside the grid`);
          assert.ok(!covered.has(`${x},${y}`), `${id}: ${x},${y} covered twice`);
          covered.add(`${x},${y}`);
        }
    }
    assert.equal(covered.size, l.cols * l.rows, `${id}: grid fully covered`);
  }
});

test('the big tile of 1+5 and 1+7 and a maximised tile ask for the main stream', () => {
  const l = wallLayout('1+7');
  assert.deepEqual(l.cells[0], { col: 1, row: 1, colSpan: 3, rowSpan: 3 });
  assert.equal(tileQuality(l, l.cells[0], false), 'main');
  assert.equal(tileQuality(l, l.cells[1], false), 'sub');
  assert.equal(tileQuality(l, l.cells[1], true), 'main');
  assert.equal(tileQuality(wallLayout('1'), wallLayout('1').cells[0], false), 'main');
});
