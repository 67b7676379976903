import type { EngineName } from '../../common/domain/engines';
import type { StartEnginesOptions } from './start-engines';

/** What the console hands the engine thread at start (everything but the logger, which cannot cross). */
export interface WorkerStart {
  options: Omit<StartEnginesOptions, 'logger'>;
  simulate: boolean;
  logLevel: string;
}

export type WorkerCommand = { op: 'stop' | 'start'; engine: EngineName } | { op: 'shutdown' };
export type WorkerRequest = WorkerCommand & { id: number };

export type WorkerReply = { id: number; ok: true; addresses?: Partial<Record<EngineName, string>>; syslogPorts?: { udp?: number; tcp?: number } } | { id: number; ok: false; error: string };
