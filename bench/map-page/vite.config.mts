import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The map bench page; bench/map.ts builds it into a temp dir (BENCH_MAP_OUT).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { outDir: process.env.BENCH_MAP_OUT ?? '../../dist/bench-map', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
