import { EVENT_LOG_MIGRATION } from '../../store/event-log';
import { migration0002 } from './0002-alerts-assets';

export const SIEM_MIGRATIONS = [EVENT_LOG_MIGRATION, migration0002];
