import type { viCommand } from '../vi/command';

// English, command window: KPIs: exactly the Vietnamese keys (checked by the type).
export const enCommand: Record<keyof typeof viCommand, string> = {
  'kpi.openIncidents': 'Open incidents',
  'kpi.unitsAvailable': 'Units available',
  'kpi.openAlerts': 'Open alerts',
  'kpi.engines': 'System health',
  'kpi.cameras': 'Cameras',
  'kpi.ofTotal': 'of {total}',
};
