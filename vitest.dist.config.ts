import { defineConfig } from 'vitest/config';

/** Tests that read the production build in dist/ (run after `npm run build`). */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
  },
});
