import type { BridgeHost } from '../bridge/window-link';
import type { EngineName } from '../../common/domain/engines';
import type { VideoConfig } from '../video/start-video';
import type { SetBasemapArgs } from '../../common/tiles/basemap-types';
import type { TileHttpResponse } from '../tiles/tile-service';

export interface ConsoleOptions {
  /** Directory for the cache, the outbox and (when embedded) the engines' SQLite files. */
  dataDir: string;
  /** Start the three engines in this process on 127.0.0.1 (default true). */
  embeddedEngines?: boolean;
  /** Engine addresses when not embedded, e.g. { dispatch: '10.0.0.5:50051' }. */
  engineAddresses?: Partial<Record<EngineName, string>>;
  /** Load the built-in Hanoi demo data and run the simulator (default true). */
  demo?: boolean;
  /** OSM roads GeoJSON for the embedded dispatch engine's routing graph (default: the demo's schematic roads). */
  roadsFile?: string;
  /** Run the demo simulator against embedded engines (default: same as demo). */
  simulate?: boolean;
  /** Demo cameras served live from the camera simulator over RTSP and analysed live (0 = none). */
  simulatedCameras?: number;
  /** Raise OS notifications (new P1 incidents, critical alerts) in this locale; off when absent. */
  desktopNotifications?: { locale: string };
  /** ffmpeg path and decode budget for live video (default: ffmpeg on PATH, WATCHFLOOR_VIDEO_* env). */
  video?: VideoConfig;
  /** Operator name recorded on commands. */
  operator?: string;
  /** Basemap from the command line: {file} (.mbtiles/.pmtiles) or {url} (XYZ template, cached); default the last one chosen in a window. */
  basemap?: SetBasemapArgs;
  /** Size cap of the online tile cache in MiB (default 512). */
  tileCacheMb?: number;
  /** How often an online basemap source is checked for reachability, ms (default 30 s). */
  tileProbeMs?: number;
}

export interface ConsoleRuntime {
  bridge: BridgeHost;
  /** Engine addresses in use (host:port). */
  engineAddresses: Record<EngineName, string>;
  /** Basemap tiles for the shells' same-origin route /tiles/basemap/{z}/{x}/{y}. */
  tiles?: { handleHttp(pathname: string): Promise<TileHttpResponse> };
  /** Stops simulator, clients, engines and closes the cache; waits for in-flight commands. */
  stop(): Promise<void>;
}
