/** Builds the bare three.js baseline page (bench/baseline.html) to bench/dist for `npm run bench`. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: resolve(here, 'baseline.html') },
  },
});
