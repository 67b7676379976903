import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldedMatch, foldText } from './fold';

test('foldText strips Vietnamese diacritics and lower-cases', () => {
  assert.equal(foldText('Hoàn Kiếm'), 'hoan kiem');
  assert.equal(foldText('Phường Ô Chợ Dừa'), 'phuong o cho dua');
  assert.equal(foldText('Xã Bất Bạt'), 'xa bat bat');
  assert.equal(foldText('Ứng Hòa'), 'ung hoa');
});

test('foldText maps đ and Đ to d (they do not decompose under NFD)', () => {
  assert.equal(foldText('Đống Đa'), 'dong da');
  assert.equal(foldText('đường'), 'duong');
});

test('foldText treats dashes and repeated spaces as one space', () => {
  assert.equal(foldText('Văn Miếu - Quốc Tử Giám'), 'van mieu quoc tu giam');
  assert.equal(foldText('  Cầu   Giấy '), 'cau giay');
});

test('foldedMatch ranks exact, prefix and substring matches', () => {
  assert.deepEqual(foldedMatch('Hoàn Kiếm', 'hoan kiem'), { matched: true, exact: true, prefix: true });
  assert.deepEqual(foldedMatch('Hoàn Kiếm', 'HOAN'), { matched: true, exact: false, prefix: true });
  assert.deepEqual(foldedMatch('Hoàn Kiếm', 'kiem'), { matched: true, exact: false, prefix: false });
  assert.equal(foldedMatch('Hoàn Kiếm', 'ba dinh').matched, false);
  assert.equal(foldedMatch('Hoàn Kiếm', '   ').matched, false);
});
