import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (see MACHINE-NOTES.md).
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  outputDir: '../../test-results/e2e',
  reporter: [['list'], ['json']],
  use: {
    viewport: { width: 1600, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--disable-quic', '--autoplay-policy=no-user-gesture-required', '--disable-background-networking'],
    },
  },
});
