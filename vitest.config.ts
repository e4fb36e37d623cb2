import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // Dates in chart labels and feeds must not depend on the machine's zone.
    env: { TZ: 'UTC' },
    // Stylesheets are read as text (`?raw`: tokens, the standalone stylesheet); Vitest empties CSS it is not told to keep.
    css: { include: [/\.css\?raw$/] },
  },
});
