import { defineConfig } from 'vitest/config';

// Four suites: unit (Node), dom (happy-dom), eval (labelled quality sets), e2e (real Chromium
// with the built extension; needs `npm run build` first and runs one file at a time).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      { test: { name: 'eval', include: ['tests/eval/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
