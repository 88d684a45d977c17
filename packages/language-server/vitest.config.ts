import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The stdio test builds dist/server.js when it is missing; give that room.
  test: { include: ['test/**/*.test.ts'], hookTimeout: 120_000, testTimeout: 30_000 },
});
