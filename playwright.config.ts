import { defineConfig } from '@playwright/test';
import { chromePath } from './tests/e2e/browser';

const PORT = Number(process.env.TEST_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers on the machine's two cores left them idle a third of the time (tests wait on
  // scrolling, animations and quiet networks); four keep them busy: the story and tooltip specs
  // took 204 s with two, 187 s with three and 173 s with four.
  workers: 4,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromePath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // Serves the production build in dist/ (npm test builds it first), or in DIST_DIR.
    command: `node tests/e2e/serve.mjs ${process.env.DIST_DIR ?? 'dist'} ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
