// The basemap the map windows draw under the operational layers, and offline area downloads.

export type BasemapKind = 'none' | 'mbtiles' | 'pmtiles' | 'url';
export type TileFormat = 'png' | 'jpg' | 'webp' | 'pbf';

export interface BasemapState {
  kind: BasemapKind;
  /** File name or URL host shown to the operator. */
  name: string;
  /** Changes whenever the basemap changes, so windows rebuild the source and skip stale tiles. */
  revision: number;
  format: TileFormat | null;
  minzoom: number;
  maxzoom: number;
  /** [minLon, minLat, maxLon, maxLat] when the source says. */
  bounds: [number, number, number, number] | null;
  /** Vector sources: the layer ids inside the tiles (drawn with a neutral generic style). */
  vectorLayers: string[];
  /** Same-origin tile path template, e.g. /tiles/basemap/{z}/{x}/{y}?r=3 (web host route or app://). */
  tilePath: string | null;
  /** Online source only: false once a fetch failed for lack of network or a 5xx; offlineSinceMs says when. */
  reachable: boolean;
  offlineSinceMs: number | null;
  /** The SQLite tile cache (online sources). */
  cache: { tiles: number; bytes: number; maxBytes: number; pinnedTiles: number };
  /** Why the last change was refused or the source failed, in English. */
  problem: string | null;
}

export interface SetBasemapArgs {
  /** A local .mbtiles or .pmtiles file on the console machine. */
  file?: string;
  /** An online XYZ template with {z}, {x}, {y}, fetched through the console and cached. */
  url?: string;
  /** No basemap: wards, roads and water from imported data only. */
  none?: boolean;
}

export interface OfflineAreaArgs {
  /** [minLon, minLat, maxLon, maxLat] of the ward or the visible map. */
  bbox: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  /** What the operator picked, for the log and progress ("Hoàn Kiếm" or "visible area"). */
  label?: string;
}

export interface OfflineAreaEstimate {
  tiles: number;
  /** Already in the cache: not fetched again. */
  cached: number;
  /** Bytes expected for the tiles still to fetch, from the mean size of this source's cached tiles. */
  estimatedBytes: number;
  maxTiles: number;
}

export interface OfflineDownloadProgress {
  jobId: string;
  label: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  total: number;
  /** Tiles now in the cache (fetched + already there). */
  stored: number;
  failed: number;
  bytes: number;
  /** Why it stopped early, in English. */
  detail: string | null;
}
