import { EVENT_LOG_MIGRATION } from '../../store/event-log';
import { migration0002 } from './0002-cameras';

export const INFERENCE_MIGRATIONS = [EVENT_LOG_MIGRATION, migration0002];
