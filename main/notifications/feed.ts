// Glues the pure rules to a notifier and a clock: the core calls onDelta for every delta it applies;
// an owed "and N more" summary goes out by timer once the rolling minute has room again.

import type { Delta } from '../../common/bridge/contract';
import type { NotificationSettings } from '../../common/domain/notification-settings';
import { resolveLocale } from './messages';
import {
  createNotificationMemory,
  decideNotifications,
  nextSummaryAtMs,
  takeSummary,
  type NotificationRuleOptions,
  type NotificationUrgency,
} from './rules';

export interface NotificationSink {
  notify(notice: { title: string; body: string; urgency: NotificationUrgency }): void;
}

export interface NotificationFeed {
  onDelta(delta: Delta): void;
  /** The operator changed the rules: a summary held back by do-not-disturb may go out now. */
  settingsChanged(): void;
  /** Cancels the pending summary timer (shutdown). */
  dispose(): void;
}

export interface NotificationFeedOptions {
  maxPerMinute?: number;
  /** The operator's current rules, read on every decision. */
  settings?: () => NotificationSettings;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => { cancel(): void };
}

export function createNotificationFeed(notifier: NotificationSink, locale?: string, options: NotificationFeedOptions = {}): NotificationFeed {
  const locale_ = resolveLocale(locale);
  const ruleOptions = (): NotificationRuleOptions => ({ locale: locale_, maxPerMinute: options.maxPerMinute, settings: options.settings?.() });
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? unrefTimer;
  const memory = createNotificationMemory();
  let timer: { cancel(): void } | null = null;
  let disposed = false;

  const send = (notices: { title: string; body: string; urgency: NotificationUrgency }[]) => {
    for (const n of notices) notifier.notify({ title: n.title, body: n.body, urgency: n.urgency });
  };

  const schedule = () => {
    if (timer || disposed) return;
    const at = nextSummaryAtMs(memory, now(), ruleOptions());
    if (at === null) return;
    timer = setTimer(() => {
      timer = null;
      const summary = takeSummary(memory, now(), ruleOptions());
      if (summary) send([summary]);
      schedule();
    }, Math.max(0, at - now()));
  };

  return {
    onDelta(delta) {
      if (disposed) return;
      send(decideNotifications(delta, memory, now(), ruleOptions()));
      schedule();
    },
    settingsChanged() {
      if (disposed) return;
      timer?.cancel();
      timer = null;
      schedule();
    },
    dispose() {
      disposed = true;
      timer?.cancel();
      timer = null;
    },
  };
}

function unrefTimer(fn: () => void, ms: number): { cancel(): void } {
  const t = setTimeout(fn, ms);
  t.unref(); // an owed summary must not keep the process alive at shutdown
  return { cancel: () => clearTimeout(t) };
}
