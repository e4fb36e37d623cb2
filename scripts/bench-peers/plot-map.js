// The partners map drawn in the browser with Observable Plot (world-atlas outlines, Equal Earth):
// the client-side peer of our prerendered SVG.
import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';

const { groups, title } = JSON.parse(document.getElementById('data').textContent);
const countries = feature(world, world.objects.countries);
const chart = Plot.plot({
  width: Math.min(640, document.body.clientWidth),
  projection: { type: 'equal-earth', domain: { type: 'MultiPoint', coordinates: [[-80, 0], [145, 60]] } },
  color: { legend: true },
  marks: [Plot.geo(countries, { fill: (d) => groups[d.id] ?? '#e4e1da', stroke: '#fff', strokeWidth: 0.5 })],
});
document.getElementById('chart').append(Object.assign(document.createElement('h1'), { textContent: title }), chart);
