import * as fs from 'node:fs';

/** Path of a runnable Electron binary, or why there is none (its binary downloads lazily and may be absent). */
export function probeElectron(): { path: string } | { reason: string } {
  let binary: unknown;
  try {
    // The electron package's main export is the binary path; it throws when the download never happened.
    // layer-exception: the web shell only asks the electron npm package where its binary is; it never loads Electron.
    binary = require('electron');
  } catch (err) {
    return { reason: `its binary was not downloaded (${String((err as Error).message).split('\n')[0]})` };
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary)) return { reason: `its binary is missing (${String(binary)})` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'there is no display (DISPLAY/WAYLAND_DISPLAY unset)' };
  return { path: binary };
}
