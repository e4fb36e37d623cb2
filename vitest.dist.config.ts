import { defineConfig } from 'vitest/config';

/** Tests that read the production build in dist/ (run after `npm run build`). */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    // Stylesheets are read as text (`?raw`: tokens, the standalone stylesheet); Vitest empties CSS it is not told to keep.
    css: { include: [/\.css\?raw$/] },
    testTimeout: 60_000,
  },
});
