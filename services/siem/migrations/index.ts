import { EVENT_LOG_MIGRATION } from '../../store/event-log';
import { migration0002 } from './0002-alerts-assets';
import { migration0003 } from './0003-asset-ip';
import { migration0004 } from './0004-triage-cases';

export const SIEM_MIGRATIONS = [EVENT_LOG_MIGRATION, migration0002, migration0003, migration0004];
