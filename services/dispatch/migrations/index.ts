import { EVENT_LOG_MIGRATION } from '../../store/event-log';
import { migration0002 } from './0002-incidents-units';
import { migration0003 } from './0003-event-entity-index';

export const DISPATCH_MIGRATIONS = [EVENT_LOG_MIGRATION, migration0002, migration0003];
