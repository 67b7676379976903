// Each operator's notification rules, kept in one JSON file in the console's data directory (written
// whole through a temp file + rename, so a crash never leaves half a file). A file that cannot be read
// is set aside (.bad-<time>) with a warning and the defaults apply; the console keeps running.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../common/log';
import { DEFAULT_NOTIFICATION_SETTINGS, validateNotificationSettings, type NotificationSettings } from '../../common/domain/notification-settings';
import type { Result } from '../../common/result';

export const SETTINGS_FILE = 'notification-settings.json';

export class NotificationSettingsStore {
  private byOperator = new Map<string, NotificationSettings>();
  private readonly listeners = new Set<(operator: string) => void>();

  private constructor(
    private readonly file: string,
    private readonly logger: Logger,
  ) {}

  static open(dataDir: string, logger: Logger): NotificationSettingsStore {
    const store = new NotificationSettingsStore(path.join(dataDir, SETTINGS_FILE), logger);
    store.load();
    return store;
  }

  get(operator: string): NotificationSettings {
    return this.byOperator.get(operator) ?? DEFAULT_NOTIFICATION_SETTINGS;
  }

  /** Validates (the error names the field), saves, then tells listeners. */
  set(operator: string, input: unknown): Result<NotificationSettings> {
    const v = validateNotificationSettings(input);
    if (!v.ok) return v;
    this.byOperator.set(operator, v.value);
    this.save();
    this.logger.info('notification settings saved', { operator, settings: v.value });
    for (const l of this.listeners) l(operator);
    return v;
  }

  onChange(listener: (operator: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private load(): void {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return; // first start: defaults
    }
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      for (const [operator, raw] of Object.entries(parsed ?? {})) {
        const v = validateNotificationSettings(raw);
        if (v.ok) this.byOperator.set(operator, v.value);
        else this.logger.warn('notification settings of an operator ignored', { operator, error: v.error.message });
      }
    } catch (err) {
      const aside = `${this.file}.bad-${Date.now()}`;
      fs.renameSync(this.file, aside);
      this.logger.warn('notification settings file unreadable; set aside, defaults apply', { file: aside, error: String(err) });
    }
  }

  private save(): void {
    const tmp = `${this.file}.tmp`;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.byOperator), null, 2));
    fs.renameSync(tmp, this.file);
  }
}
