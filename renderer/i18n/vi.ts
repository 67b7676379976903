// Vietnamese (default) message catalogue, one file per window in vi/. Keys are the contract;
// en.ts must carry the same keys.
import { viCommon } from './vi/common';
import { viIncidents } from './vi/incidents';
import { viAlerts } from './vi/alerts';
import { viMap } from './vi/map';
import { viWall } from './vi/wall';
import { viCommand } from './vi/command';
import { viSensors } from './vi/sensors';

export const vi = { ...viCommon, ...viIncidents, ...viAlerts, ...viMap, ...viWall, ...viCommand, ...viSensors } as const;

export type MessageKey = keyof typeof vi;
