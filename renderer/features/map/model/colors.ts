// Map paint colours; the same hues as ui/theme.css so the legend, grid and map agree.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Agency } from '../../../../common/domain/unit';
import type { CameraStatus } from '../../../../common/domain/camera';

export const PRIORITY_COLORS: Record<1 | 2 | 3 | 4, string> = { 1: '#ff3b3b', 2: '#ff9326', 3: '#ffd43b', 4: '#4da3ff' };

export const AGENCY_COLORS: Record<Agency, string> = {
  police: '#6f7dff',
  fire: '#ff6a3d',
  ambulance: '#f4f4f4',
  drainage: '#22d3ee',
  environment: '#4ade80',
};

/** A feature's agency colour, for any layer whose features carry `agency`. */
export const AGENCY_COLOR_EXPRESSION: ExpressionSpecification = [
  'match', ['get', 'agency'],
  'police', AGENCY_COLORS.police,
  'fire', AGENCY_COLORS.fire,
  'ambulance', AGENCY_COLORS.ambulance,
  'drainage', AGENCY_COLORS.drainage,
  'environment', AGENCY_COLORS.environment,
  '#cccccc',
];

export const CAMERA_COLORS: Record<CameraStatus, string> = { online: '#9fb3c8', degraded: '#f59e0b', offline: '#ef4444' };

export const MAP_BACKGROUND = '#0b1220';

export const POI_COLORS = {
  hospital: '#f472b6',
  clinic: '#f9a8d4',
  busStop: '#a3e635',
  trafficSignal: '#facc15',
  policePost: '#818cf8',
} as const;

export const ROAD_COLORS = { major: '#8a7a52', minor: '#4f6280' } as const;
export const WARD_COLORS = { fill: '#16233a', line: '#3b5478', water: '#12314f', boundary: '#7dd3fc' } as const;
