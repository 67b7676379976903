import { EVENT_LOG_MIGRATION } from '../../store/event-log';
import { migration0002 } from './0002-cameras';
import { migration0010 } from './0010-camera-registry';

export const INFERENCE_MIGRATIONS = [EVENT_LOG_MIGRATION, migration0002, migration0010];
