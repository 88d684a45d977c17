import { defineConfig } from 'vitest/config';

/** End-to-end tests that need more than Node (Debian `chromium`): `pnpm test:e2e`, not part of `pnpm test`. */
export default defineConfig({
  test: { include: ['test-e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
