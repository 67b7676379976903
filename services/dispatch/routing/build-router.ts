import type { Logger } from '../../../common/log';
import { loadDemoData } from '../../demo/demo-data';
import { loadRoadGraph, roadGraphFromGeoJson, type LoadedRoads } from './load-roads';
import { Router } from './router';

/**
 * The dispatch router: the road graph from roadsFile (a bad file stops the start with the feature
 * errors), else the demo's schematic roads.
 */
export function buildRouter(roadsFile: string | undefined, logger: Logger): Router {
  let loaded: LoadedRoads;
  if (roadsFile) loaded = loadRoadGraph(roadsFile);
  else {
    const roads = loadDemoData().map?.roads;
    if (!roads) {
      logger.warn('no road graph: estimates are straight-line', { reason: 'no --roads file and no demo roads' });
      return new Router();
    }
    loaded = roadGraphFromGeoJson(roads, 'demo schematic roads', { classProperty: 'class' });
  }
  logger.info('road graph built', { source: loaded.graph.source, ...loaded.graph.stats, skippedByClass: loaded.skippedByClass, buildMs: Math.round(loaded.buildMs) });
  return new Router(loaded.graph);
}
