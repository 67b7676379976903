import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The renderer bundle: served by the web host and loaded by Electron through app://.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
