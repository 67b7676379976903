import type { BackgroundLayerSpecification } from 'maplibre-gl';
import { MAP_BACKGROUND } from '../model/colors';

export const BACKGROUND_LAYER: BackgroundLayerSpecification = {
  id: 'background',
  type: 'background',
  paint: { 'background-color': MAP_BACKGROUND },
};
