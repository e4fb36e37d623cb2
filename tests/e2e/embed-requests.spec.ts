import { builtChartIds } from './built-charts';
import { test, expect } from './fixtures';

// An embed is a guest in someone else's page: on a slow phone each request is a round trip. It
// asks for its page and one script (no icon: the tab is the host's), and that script does all of
// the embed's work: the chart's marks are enhanced and the frame options apply.
for (const id of builtChartIds()) {
  test(`the ${id} embed makes two requests, its page and one script, and the script does its work`, async ({ watched: page, problems }) => {
    const requests: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('data:')) requests.push(`${req.resourceType()} ${new URL(req.url()).pathname}`);
    });
    await page.goto(`/embed/${id}/?title=0`, { waitUntil: 'networkidle' });
    await expect(page.locator(`figure[data-chart="${id}"]`)).toHaveAttribute('data-enhanced', 'true');
    await expect(page.locator('[data-embed-title]')).toBeHidden();
    // Headless Chromium never asks for a favicon, so the icon is checked where it is named.
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:/);
    expect(requests.map((r) => r.replace(/[^/]+\.js$/, '*.js'))).toEqual([`document /embed/${id}/`, 'script /_astro/*.js']);
    expect(problems).toEqual([]);
  });
}
