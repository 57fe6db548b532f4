/** Builds the bare three.js baseline page (bench/baseline.html) to bench/dist for `npm run bench`. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(__dirname),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: { outDir: resolve(__dirname, 'dist'), emptyOutDir: true, target: 'es2022' },
});
