// Sensor and forecast paint colours: one place for the map layers, the legend and the side panel.
import { AQI_BANDS, type FloodRisk } from '../../../../common/domain/sensor';

export const FLOOD_RISK_COLORS: Record<FloodRisk, string> = {
  unknown: '#475569',
  low: '#1f7a5a',
  moderate: '#eab308',
  high: '#f97316',
  severe: '#dc2626',
};

export const SENSOR_COLORS = {
  water: '#38bdf8',
  rain: '#a5b4fc',
  warn: '#f59e0b',
  alarm: '#ef4444',
  silent: '#64748b',
  pumpOn: '#22d3ee',
  pumpOff: '#1e293b',
} as const;

export const AQI_COLORS = AQI_BANDS.map((b) => ({ band: b.band, color: b.color, max: b.max }));
