import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // Dates in chart labels and feeds must not depend on the machine's zone.
    env: { TZ: 'UTC' },
  },
});
