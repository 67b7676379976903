import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Path of a runnable Electron binary, or why there is none. Reads the electron package's files
 * instead of requiring it: its index.js would try to download the binary, which must never happen here.
 */
export function probeElectron(env: NodeJS.ProcessEnv = process.env): { path: string } | { reason: string } {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { reason: 'its binary was never downloaded (no network access to fetch it)' };
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : path.join(pkgDir, 'dist', relative);
  if (!fs.existsSync(binary)) return { reason: `its binary is missing (${binary})` };
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { reason: 'there is no display (DISPLAY/WAYLAND_DISPLAY unset)' };
  return { path: binary };
}
