import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'scanner',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Browser tests launch Chromium: one file at a time on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
  },
});
