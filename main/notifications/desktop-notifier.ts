// OS notifications through node-notifier (notify-send on Linux, toasts on Windows). Never throws:
// when the platform cannot notify (no notify-send, no D-Bus session, no notification service) it
// logs one warning and turns itself off; the windows still show everything.

import notifier from 'node-notifier';
import type { Logger } from '../../common/log';
import type { NotificationSink } from './feed';
import type { NotificationUrgency } from './rules';

export { createNotificationFeed, type NotificationFeed, type NotificationSink } from './feed';

/** Seconds. node-notifier multiplies a numeric timeout by 1000 for notify-send, so never pass ms. */
const TIMEOUT_SECONDS: Record<NotificationUrgency, number> = { critical: 30, normal: 10, low: 5 };
const MAX_TEXT_CHARS = 300;

export interface DesktopNotifier extends NotificationSink {
  readonly enabled: boolean;
}

/** The slice of node-notifier we use; tests pass a fake. */
export interface NotifierBackend {
  notify(options: Record<string, unknown>, callback: (err: unknown, response?: unknown) => void): unknown;
}

export interface DesktopNotifierOptions {
  appName?: string;
  /** Windows toasts are attributed to this AppUserModelID (the electron-builder appId). */
  appId?: string;
  /** Absolute path to a PNG. */
  icon?: string;
  backend?: NotifierBackend;
  platform?: NodeJS.Platform;
}

export function createDesktopNotifier(logger: Logger, options: DesktopNotifierOptions = {}): DesktopNotifier {
  const backend: NotifierBackend = options.backend ?? (notifier as unknown as NotifierBackend);
  const linux = (options.platform ?? process.platform) === 'linux';
  let enabled = true;
  let stderrWarned = false;

  const disable = (error: unknown) => {
    if (!enabled) return;
    enabled = false;
    logger.warn('desktop notifications off: the system cannot show them (needs notify-send and a D-Bus notification service on Linux)', {
      error: error instanceof Error ? error.message : String(error),
    });
  };

  return {
    get enabled() {
      return enabled;
    },
    notify({ title, body, urgency }) {
      if (!enabled) return;
      const safeTitle = clean(title);
      // notify-send renders body markup; engine text (SIEM rule titles) must not become markup.
      const safeBody = clean(body) || safeTitle;
      try {
        backend.notify(
          {
            title: safeTitle,
            message: linux ? escapeMarkup(safeBody) : safeBody,
            urgency,
            timeout: TIMEOUT_SECONDS[urgency],
            wait: false,
            'app-name': options.appName ?? 'Watchfloor',
            appID: options.appId,
            icon: options.icon,
          },
          (err) => {
            // Exec failures arrive as Error; a string is stderr from a run that succeeded.
            if (err instanceof Error) disable(err);
            else if (typeof err === 'string' && err.trim() && !stderrWarned) {
              stderrWarned = true;
              logger.warn('desktop notifier wrote to stderr', { stderr: err.trim().slice(0, MAX_TEXT_CHARS) });
            }
          },
        );
      } catch (e) {
        disable(e);
      }
    },
  };
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = String(text ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > MAX_TEXT_CHARS ? `${flat.slice(0, MAX_TEXT_CHARS - 1)}…` : flat;
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
