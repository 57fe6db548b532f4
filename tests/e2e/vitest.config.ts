/**
 * Browser tests: the built app (vite build → dist/) served locally, driven in Debian's headless
 * Chromium through playwright-core. One browser for the whole run; files run one after another because
 * WebGL is rendered in software.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Software WebGL on two cores: a frame can take a few hundred milliseconds.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
