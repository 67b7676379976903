import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../common/log';

/** Opens each URL as a Chromium app window, when there is a display and a Chromium. */
export function openAppWindows(urls: string[], profileDir: string, logger: Logger): string | null {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display (DISPLAY/WAYLAND_DISPLAY unset)';
  const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && fs.existsSync(p));
  if (!chromium) return 'no Chromium found (set CHROMIUM_PATH)';
  fs.mkdirSync(profileDir, { recursive: true });
  for (const url of urls) {
    const child = spawn(chromium, [`--app=${url}`, `--user-data-dir=${path.resolve(profileDir)}`, '--no-first-run', '--disable-background-networking'], {
      stdio: 'ignore',
      detached: true,
    });
    child.on('error', (err) => logger.warn('could not open app window', { url, error: String(err) }));
    child.unref();
  }
  return null;
}
