import { createLogger, type LogLevel } from '../common/log';

const level = (process.env.WATCHFLOOR_LOG_LEVEL as LogLevel | undefined) ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info');

/** Logs go to stderr as JSON lines, so stdout stays for what the user asked to see (URLs). */
export const rootLogger = createLogger('watchfloor', (line) => process.stderr.write(line + '\n'), level);
