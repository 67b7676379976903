// English catalogue, one file per window in en/: exactly the Vietnamese keys (checked by the type).
import type { MessageKey } from './vi';
import { enCommon } from './en/common';
import { enIncidents } from './en/incidents';
import { enAlerts } from './en/alerts';
import { enMap } from './en/map';
import { enWall } from './en/wall';
import { enCommand } from './en/command';
import { enSensors } from './en/sensors';

export const en: Record<MessageKey, string> = { ...enCommon, ...enIncidents, ...enAlerts, ...enMap, ...enWall, ...enCommand, ...enSensors };
