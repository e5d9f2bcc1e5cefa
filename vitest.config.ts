import { defineConfig } from 'vitest/config';

// Five suites: unit (Node), dom (happy-dom), eval (labelled quality sets), e2e (real Chromium
// with the built extension; needs `npm run build` first and runs one file at a time) and
// e2e-firefox (the shared journeys in Firefox ESR; needs `npx wxt build -b firefox`).
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
          exclude: ['tests/e2e/firefox/**'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        // Debian's Firefox ESR with the MV2 build (`npx wxt build -b firefox`), over WebDriver BiDi.
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e/firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
