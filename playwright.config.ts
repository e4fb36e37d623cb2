import { defineConfig } from '@playwright/test';
import { chromePath } from './tests/e2e/browser';

const PORT = Number(process.env.TEST_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One per core. Four workers made two specs faster alone (173 s against 204 s) but the whole run
  // no faster (14.5 min against 14.2), with every test's timing squeezed.
  workers: 2,
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
