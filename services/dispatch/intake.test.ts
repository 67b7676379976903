import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDuplicate, type IntakeConfig } from './intake';
import { handleReport } from './intake-http';
import { EngineError } from '../kit/grpc-errors';
import * as grpc from '@grpc/grpc-js';
import type { StoredIncident } from './store';

const CFG: IntakeConfig = { duplicateRadiusM: 250, duplicateWindowMin: 60, defaultPriority: 3 };
const NOW = 10_000_000;
const inc = (id: string, type: string, lat: number, lon: number, status = 'new', createdMs = NOW - 10 * 60_000) =>
  ({ id, type, status, location: { lat, lon }, created_ms: createdMs }) as unknown as StoredIncident;

describe('citizen report duplicate detection', () => {
  const here = { lat: 21.0288, lon: 105.8525 };
  it('links to the nearest open incident of the same type within the radius and window', () => {
    const list = [
      inc('FAR', 'flooding', 21.0330, 105.8525), // ~470 m north
      inc('NEAR', 'flooding', 21.0298, 105.8525), // ~110 m
      inc('NEARER', 'flooding', 21.0293, 105.8525), // ~55 m
      inc('OTHER-TYPE', 'fire', 21.0288, 105.8525),
    ];
    const d = findDuplicate(list, { type: 'flooding', location: here }, NOW, CFG);
    assert.equal(d?.incident.id, 'NEARER');
    assert.ok(Math.abs(d!.distanceM - 55.6) < 2, String(d!.distanceM));
  });

  it('ignores incidents that are closed, resolved, merged or older than the window', () => {
    const list = [
      inc('CLOSED', 'flooding', 21.0288, 105.8525, 'closed'),
      inc('RESOLVED', 'flooding', 21.0288, 105.8525, 'resolved'),
      inc('MERGED', 'flooding', 21.0288, 105.8525, 'merged'),
      inc('OLD', 'flooding', 21.0288, 105.8525, 'new', NOW - 61 * 60_000),
    ];
    assert.equal(findDuplicate(list, { type: 'flooding', location: here }, NOW, CFG), undefined);
  });
});

describe('HTTP citizen report body', () => {
  const ok = async () => ({ report_id: 'RPT-000001', outcome: 'created' as const, incident: { id: 'INC-000001' } as StoredIncident, distance_m: 0 });
  it('refuses bad bodies with the field named', async () => {
    assert.deepEqual(await handleReport('text/plain', '{}', ok), { status: 415, body: { error: { field: 'content-type', message: 'send application/json, got "text/plain"' } } });
    assert.equal((await handleReport('application/json', '{"type":', ok)).status, 400);
    assert.deepEqual((await handleReport('application/json', '[1]', ok)).body, { error: { field: 'body', message: 'must be a JSON object with type, location and description' } });
    assert.deepEqual((await handleReport('application/json', '{"type":"fire","description":"x","location":{"lat":"21"}}', ok)).body, {
      error: { field: 'location', message: 'must be {"lat": number, "lon": number}, got {"lat":"21"}' },
    });
    assert.deepEqual((await handleReport('application/json', '{"type":7}', ok)).body, { error: { field: 'type', message: 'must be a string, got 7' } });
  });

  it('maps engine validation errors to 400 with the field, and answers 201 with the outcome', async () => {
    const refuse = async () => {
      throw new EngineError(grpc.status.INVALID_ARGUMENT, 'description: is required');
    };
    const body = '{"type":"fire","description":"","location":{"lat":21.02,"lon":105.85}}';
    assert.deepEqual(await handleReport('application/json; charset=utf-8', body, refuse), { status: 400, body: { error: { field: 'description', message: 'is required' } } });
    assert.deepEqual(await handleReport('application/json', body, ok), { status: 201, body: { report_id: 'RPT-000001', outcome: 'created', incident_id: 'INC-000001', distance_m: 0 } });
  });
});
