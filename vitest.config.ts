import { defineConfig } from 'vitest/config';

// One runner, several suites: unit and simulation tests are pure and fast; integration tests
// start a real server on a loopback port; e2e tests drive headless Chromium against it.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration and e2e tests start servers and browsers: keep parallelism modest on 2 cores.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
