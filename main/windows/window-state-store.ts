// Per-role window bounds kept between runs as JSON in the data dir. Reading never throws: a missing,
// corrupt or foreign file means "no saved state", so the default layout applies.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isWindowRole, type WindowRole } from '../../common/bridge/contract';
import type { Logger } from '../../common/log';
import type { SavedWindowState } from './placement';

export const WINDOW_STATE_FILE = 'window-state.json';
const FORMAT_VERSION = 1;

export type SavedWindowStates = Partial<Record<WindowRole, SavedWindowState>>;

export interface WindowStateStore {
  readonly file: string;
  load(): SavedWindowStates;
  save(states: SavedWindowStates): void;
}

export function createWindowStateStore(dataDir: string, logger: Logger): WindowStateStore {
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  return {
    file,
    load() {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn('window state unreadable; using the default layout', { file, error: String(e) });
        return {};
      }
      const { states, rejected } = parseWindowStates(text);
      if (rejected.length) logger.warn('window state ignored; using the default layout where missing', { file, rejected });
      return states;
    },
    save(states) {
      const body = JSON.stringify({ version: FORMAT_VERSION, windows: states }, null, 2);
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        fs.mkdirSync(dataDir, { recursive: true });
        fs.writeFileSync(tmp, body);
        fs.renameSync(tmp, file); // atomic, so a crash mid-write leaves the previous file intact
      } catch (e) {
        logger.warn('could not save window state', { file, error: String(e) });
      }
    },
  };
}

/** Keeps only well-formed entries; `rejected` says what was dropped and why, for the log. */
export function parseWindowStates(text: string): { states: SavedWindowStates; rejected: string[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { states: {}, rejected: [`not JSON (${(e as Error).message})`] };
  }
  if (!isObject(doc) || doc.version !== FORMAT_VERSION || !isObject(doc.windows)) {
    return { states: {}, rejected: [`expected {"version": ${FORMAT_VERSION}, "windows": {...}}`] };
  }
  const states: SavedWindowStates = {};
  const rejected: string[] = [];
  for (const [role, value] of Object.entries(doc.windows)) {
    if (!isWindowRole(role)) rejected.push(`unknown role "${role}"`);
    else if (!isSavedState(value)) rejected.push(`bad bounds for "${role}"`);
    else states[role] = { x: value.x, y: value.y, width: value.width, height: value.height, maximized: value.maximized === true };
  }
  return { states, rejected };
}

function isSavedState(v: unknown): v is SavedWindowState {
  if (!isObject(v)) return false;
  const numbers = [v.x, v.y, v.width, v.height];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
  return (v.width as number) > 0 && (v.height as number) > 0 && (v.maximized === undefined || typeof v.maximized === 'boolean');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
