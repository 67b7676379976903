// Pure message formatting: catalogue lookup with {name} interpolation.
import type { BridgeError } from '../../common/result';
import { INCIDENT_STATUSES } from '../../common/domain/incident';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey | (string & {}), params?: Params) => string;

const CATALOGUES: Record<Locale, Record<string, string>> = { vi, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function hasMessage(locale: Locale, key: string): boolean {
  return Object.hasOwn(CATALOGUES[locale], key);
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** Unknown keys come back as the key itself, so a missing message is visible, not blank. */
export function translator(locale: Locale): Translate {
  const cat = CATALOGUES[locale];
  return (key, params) => interpolate(cat[key] ?? key, params);
}

const STATUS_PARAMS = new Set(['from', 'to', 'status']);

/** An error as the operator reads it: the catalogue message when it has a key we know, else its English text. */
export function errorText(t: Translate, locale: Locale, err: Pick<BridgeError, 'message' | 'key' | 'params'>): string {
  if (!err.key || !hasMessage(locale, err.key)) return err.message;
  const params: Params = {};
  for (const [name, value] of Object.entries(err.params ?? {})) {
    const isStatus = STATUS_PARAMS.has(name) && (INCIDENT_STATUSES as readonly unknown[]).includes(value);
    params[name] = isStatus ? t(`incidentStatus.${value}`) : value;
  }
  return t(err.key, params);
}
