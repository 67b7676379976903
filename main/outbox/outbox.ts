import { backoffDelay } from '../../common/backoff';
import type { CommandKind, CommandReceipt, Delta, OutboxEntry } from '../../common/bridge/contract';
import type { EngineName } from '../../common/domain/engines';
import type { Logger } from '../../common/log';
import { fail, ok, type Result } from '../../common/result';
import type { ConsoleCache } from '../cache/console-cache';
import { COMMAND_SPECS, currentFromWire, newCommandId } from '../commands/command-specs';
import type { EngineClients } from '../engines/engine-adapters';
import type { EngineLink } from '../engines/engine-link';
import { isRetryable, toBridgeError } from './grpc-error-map';

/** How long a caller waits for the first attempt before it is told "pending". */
const FIRST_ANSWER_MS = 1500;

type Entry = OutboxEntry & { args: unknown };
type Waiter = (r: Result<CommandReceipt<unknown>>) => void;

export interface OutboxEvents {
  onChange(entries: OutboxEntry[]): void;
  onApplied(delta: Delta): void;
}

/**
 * The durable outbox: every operator command is written to SQLite before it is sent, sent in
 * order per engine, retried with the same request_id while the engine is unreachable, and kept
 * (failed or conflict) for the operator when the engine refuses it after the operator moved on.
 */
export class Outbox {
  private entries: Entry[] = [];
  private waiters = new Map<string, Waiter>();
  private draining = new Map<EngineName, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly cache: ConsoleCache,
    private readonly clients: EngineClients,
    private readonly links: Record<EngineName, EngineLink>,
    private readonly actor: string,
    private readonly events: OutboxEvents,
    private readonly logger: Logger,
  ) {}

  async init(): Promise<void> {
    this.entries = await this.cache.outboxList();
    for (const link of Object.values(this.links)) this.kick(link.name);
  }

  list(): OutboxEntry[] {
    return this.entries.map(({ args: _args, ...e }) => e);
  }

  get pendingCount(): number {
    return this.entries.filter((e) => e.state === 'pending' || e.state === 'sending').length;
  }

  async submit(kind: CommandKind, input: unknown): Promise<Result<CommandReceipt<unknown>>> {
    if (this.stopped) return fail({ code: 'UNAVAILABLE', message: 'the console is shutting down', key: 'error.shuttingDown' });
    const spec = COMMAND_SPECS[kind];
    const valid = spec.validate(input);
    if (!valid.ok) return valid;
    const entry: Entry = {
      commandId: newCommandId(),
      engine: spec.engine,
      kind,
      args: valid.value,
      summary: spec.summary(valid.value),
      state: 'pending',
      createdMs: Date.now(),
      attempts: 0,
    };
    await this.cache.outboxAdd(entry);
    this.entries.push(entry);
    this.changed();
    const answer = new Promise<Result<CommandReceipt<unknown>>>((resolve) => {
      this.waiters.set(entry.commandId, resolve);
      const pending = () => this.answer(entry.commandId, ok({ state: 'pending', commandId: entry.commandId }));
      if (!this.links[spec.engine].isReady) pending();
      else setTimeout(pending, FIRST_ANSWER_MS);
    });
    this.kick(spec.engine);
    return answer;
  }

  async discard(commandId: string): Promise<Result<null>> {
    const e = this.entries.find((x) => x.commandId === commandId);
    if (!e) return fail({ code: 'NOT_FOUND', message: `no command ${commandId} in the outbox`, field: 'commandId' });
    if (e.state === 'sending') return fail({ code: 'CONFLICT', message: `command ${commandId} is being sent; try again in a moment`, key: 'error.sending' });
    await this.remove(e);
    return ok(null);
  }

  private answer(commandId: string, r: Result<CommandReceipt<unknown>>): void {
    const w = this.waiters.get(commandId);
    if (!w) return;
    this.waiters.delete(commandId);
    w(r);
  }

  private changed(): void {
    this.events.onChange(this.list());
  }

  private async remove(e: Entry): Promise<void> {
    await this.cache.outboxRemove(e.commandId);
    this.entries = this.entries.filter((x) => x !== e);
    this.changed();
  }

  private async save(e: Entry): Promise<void> {
    await this.cache.outboxUpdate(e);
    this.changed();
  }

  private kick(engine: EngineName): void {
    if (this.draining.has(engine) || this.stopped) return;
    const run = this.drain(engine).finally(() => this.draining.delete(engine));
    this.draining.set(engine, run);
  }

  private async drain(engine: EngineName): Promise<void> {
    const link = this.links[engine];
    for (;;) {
      const e = this.entries.find((x) => x.engine === engine && x.state === 'pending');
      if (!e || this.stopped) return;
      if (!link.isReady) {
        this.answer(e.commandId, ok({ state: 'pending', commandId: e.commandId }));
        await Promise.race([link.whenReady(), this.stoppedPromise]);
        continue;
      }
      const spec = COMMAND_SPECS[e.kind];
      e.state = 'sending';
      e.attempts += 1;
      await this.save(e);
      try {
        const record = await spec.send(this.clients, e.args, e.commandId, this.actor);
        this.events.onApplied(spec.toDelta(record));
        await this.remove(e);
        this.answer(e.commandId, ok({ state: 'applied', commandId: e.commandId, record }));
      } catch (err) {
        const error = toBridgeError(err);
        if (isRetryable(err)) {
          e.state = 'pending';
          e.error = { code: error.code, message: error.message, key: error.key };
          await this.save(e);
          this.answer(e.commandId, ok({ state: 'pending', commandId: e.commandId }));
          await sleep(backoffDelay(e.attempts));
          continue;
        }
        if (error.current !== undefined) error.current = currentFromWire(e.kind, error.current);
        if (this.waiters.has(e.commandId)) {
          // The operator is still waiting: answer with the refusal and keep nothing.
          await this.remove(e);
          this.answer(e.commandId, fail(error));
        } else {
          e.state = error.code === 'CONFLICT' ? 'conflict' : 'failed';
          e.error = { code: error.code, message: error.message, key: error.key };
          e.current = error.current;
          await this.save(e);
          this.logger.warn('queued command refused', { commandId: e.commandId, kind: e.kind, error: error.message });
        }
      }
    }
  }

  private stopResolve!: () => void;
  private readonly stoppedPromise = new Promise<void>((r) => (this.stopResolve = r));

  /** Stops sending; waits for the commands in flight to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopResolve();
    await Promise.allSettled([...this.draining.values()]);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
