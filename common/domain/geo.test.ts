import { it } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMeters, isInHanoiBbox, parseLatLon } from './geo';
import { nearestWard } from './wards';
import { wardCells } from './ward-cells';

it('parses typed coordinates in the forms operators use', () => {
  assert.deepEqual(parseLatLon('21.0285, 105.8542'), { lat: 21.0285, lon: 105.8542 });
  assert.deepEqual(parseLatLon(' 21.0285 105.8542 '), { lat: 21.0285, lon: 105.8542 });
  assert.deepEqual(parseLatLon('21.0285;105.8542'), { lat: 21.0285, lon: 105.8542 });
  assert.equal(parseLatLon('Hoàn Kiếm'), null);
  assert.equal(parseLatLon('21.0285,'), null);
});

it('knows Hanoi from elsewhere and measures ground distance', () => {
  assert.ok(isInHanoiBbox({ lat: 21.0285, lon: 105.8542 }));
  assert.ok(!isInHanoiBbox({ lat: 10.77, lon: 106.7 }));
  const d = distanceMeters({ lat: 21.0285, lon: 105.8542 }, { lat: 21.0385, lon: 105.8542 });
  assert.ok(Math.abs(d - 1112) < 5, `0.01° of latitude is ~1112 m, got ${d}`);
});

it('gives each ward one cell containing its own centre, consistent with nearestWard', () => {
  const wards = [
    { name: 'A', center: { lat: 21.0, lon: 105.8 } },
    { name: 'B', center: { lat: 21.0, lon: 105.9 } },
    { name: 'C', center: { lat: 21.1, lon: 105.85 } },
  ];
  const fc = wardCells(wards, { minLat: 20.9, maxLat: 21.2, minLon: 105.7, maxLon: 106.0 });
  assert.equal(fc.features.length, 3);
  for (const f of fc.features) {
    const ring = f.geometry.coordinates[0];
    assert.ok(ring.length >= 4, 'closed polygon');
    assert.deepEqual(ring[0], ring[ring.length - 1]);
    const cx = ring.slice(0, -1).reduce((s, p) => s + p[0], 0) / (ring.length - 1);
    const cy = ring.slice(0, -1).reduce((s, p) => s + p[1], 0) / (ring.length - 1);
    assert.equal(nearestWard({ lat: cy, lon: cx }, wards), f.properties.name);
  }
});
