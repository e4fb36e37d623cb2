// The survey bars drawn in the browser with Observable Plot: the client-side peer of our prerendered SVG.
import * as Plot from '@observablehq/plot';

const { rows, title } = JSON.parse(document.getElementById('data').textContent);
const chart = Plot.plot({
  width: Math.min(640, document.body.clientWidth),
  marginLeft: 140,
  x: { domain: [0, 100], label: 'Share of respondents (%)' },
  y: { label: null },
  marks: [Plot.barX(rows, { x: 'percent', y: 'answer', fill: '#2a63c9' }), Plot.text(rows, { x: 'percent', y: 'answer', text: (d) => `${d.percent}%`, dx: 16 }), Plot.ruleX([0])],
});
document.getElementById('chart').append(Object.assign(document.createElement('h1'), { textContent: title }), chart);
