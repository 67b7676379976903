// The window's language: persisted per machine, default Vietnamese; <html lang> follows it.
import { useMemo, useSyncExternalStore } from 'react';
import { errorText, isLocale, translator, type Locale, type Translate } from './translate';
import type { BridgeError } from '../../common/result';

const STORAGE_KEY = 'watchfloor.locale';
const listeners = new Set<() => void>();
let locale: Locale = readStoredLocale();

function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

export function getLocale(): Locale {
  return locale;
}

export function setLocale(next: Locale): void {
  if (next === locale) return;
  locale = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Storage may be disabled (kiosk profiles); the choice then lasts for this page only.
  }
  applyHtmlLang();
  for (const l of listeners) l();
}

/** Another window of this console changed the language: follow it. */
export function followOtherWindows(): void {
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY && isLocale(e.newValue)) setLocale(e.newValue);
  });
}

export function applyHtmlLang(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface I18n {
  locale: Locale;
  t: Translate;
  /** Error text in the operator's language when it has a key, else its message. */
  err: (e: Pick<BridgeError, 'message' | 'key' | 'params'>) => string;
}

export function useI18n(): I18n {
  const current = useSyncExternalStore(subscribe, getLocale);
  return useMemo(() => {
    const t = translator(current);
    return { locale: current, t, err: (e) => errorText(t, current, e) };
  }, [current]);
}
