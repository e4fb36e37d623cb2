// The physical limit both `npm run bench` and `npm run audit` compare against: each chart's
// standalone SVG alone in a bare HTML file, written into the served copy of the site at
// /__bench/svg/<id>/. Nothing can paint a chart sooner than its own bytes.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const bare = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${body}</body></html>`;

export const svgAlonePath = (id) => `/__bench/svg/${id}/`;

/** The charts an HTML page places, in page order. */
export const chartsIn = (html) => [...html.matchAll(/<figure[^>]*data-chart="([^"]+)"/g)].map((m) => m[1]);

/** Writes the SVG-alone page of every chart in `dist` into `served`; returns the chart ids. */
export function addSvgAlone(dist, served) {
  const ids = readdirSync(join(dist, 'embed')).sort();
  for (const id of ids) {
    const svg = readFileSync(join(dist, 'charts', `${id}.svg`), 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
    mkdirSync(join(served, '__bench/svg', id), { recursive: true });
    writeFileSync(join(served, '__bench/svg', id, 'index.html'), bare(id, svg.replace('<svg', '<svg style="max-width:100%;height:auto"')));
  }
  return ids;
}
