import * as os from 'node:os';
import * as path from 'node:path';

export const PRODUCT_NAME = 'Watchfloor';

/** The OS user-data directory, as Electron's app.getPath('userData') would give for this product. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.WATCHFLOOR_DATA) return path.resolve(env.WATCHFLOOR_DATA);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}
