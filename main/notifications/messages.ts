// Desktop notification strings. Main cannot import the renderer's catalogues, so the few strings the
// OS notifications need live here, Vietnamese first. Placeholders are {name}.

import type { Severity } from '../../common/domain/alert';
import type { IncidentType } from '../../common/domain/incident';

export const NOTIFICATION_LOCALES = ['vi', 'en'] as const;
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

export interface NotificationMessages {
  incidentTitle: string;
  alertTitle: string;
  alertAsset: string;
  summaryTitle: string;
  summaryBody: string;
  incidentTypes: Record<IncidentType, string>;
  severities: Record<Severity, string>;
}

const vi: NotificationMessages = {
  incidentTitle: 'Sự cố P1 mới: {type}',
  alertTitle: 'Cảnh báo {severity}: {title}',
  alertAsset: 'Tài sản {asset}',
  summaryTitle: 'Và {count} thông báo khẩn khác',
  summaryBody: '{incidents} sự cố P1 và {alerts} cảnh báo chưa được báo riêng. Xem cửa sổ Sự cố và Cảnh báo.',
  severities: { critical: 'nghiêm trọng', high: 'mức cao', medium: 'mức trung bình', low: 'mức thấp' },
  incidentTypes: {
    traffic_accident: 'Tai nạn giao thông',
    congestion: 'Ùn tắc giao thông',
    flooding: 'Ngập úng',
    fire: 'Cháy',
    public_order: 'Mất trật tự công cộng',
    pollution: 'Ô nhiễm môi trường',
    illegal_dumping: 'Đổ thải trái phép',
    food_safety: 'An toàn thực phẩm',
    medical_emergency: 'Cấp cứu y tế',
    power_outage: 'Mất điện',
    water_outage: 'Mất nước',
    street_lighting: 'Sự cố chiếu sáng công cộng',
    fallen_tree: 'Cây đổ',
    cyber_physical: 'Sự cố an ninh mạng – vật lý',
  },
};

const en: NotificationMessages = {
  incidentTitle: 'New P1 incident: {type}',
  alertTitle: '{severity} alert: {title}',
  alertAsset: 'Asset {asset}',
  summaryTitle: 'And {count} more urgent events',
  summaryBody: '{incidents} P1 incidents and {alerts} alerts were not shown one by one. See the Incidents and Alerts windows.',
  severities: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' },
  incidentTypes: {
    traffic_accident: 'Traffic accident',
    congestion: 'Congestion',
    flooding: 'Flooding',
    fire: 'Fire',
    public_order: 'Public order',
    pollution: 'Pollution',
    illegal_dumping: 'Illegal dumping',
    food_safety: 'Food safety',
    medical_emergency: 'Medical emergency',
    power_outage: 'Power outage',
    water_outage: 'Water outage',
    street_lighting: 'Street lighting',
    fallen_tree: 'Fallen tree',
    cyber_physical: 'Cyber-physical incident',
  },
};

const CATALOGUES: Record<NotificationLocale, NotificationMessages> = { vi, en };

/** 'en-GB' → en; anything unknown → Vietnamese, the control room's language. */
export function resolveLocale(locale: string | undefined): NotificationLocale {
  const lang = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (NOTIFICATION_LOCALES as readonly string[]).includes(lang) ? (lang as NotificationLocale) : 'vi';
}

export function messagesFor(locale: NotificationLocale): NotificationMessages {
  return CATALOGUES[locale];
}

export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
