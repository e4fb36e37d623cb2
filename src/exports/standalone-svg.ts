/**
 * A chart as a file that travels on its own (SVG and PNG downloads, slides, worksheets): the chart's
 * standalone rendering framed with its title, subtitle, source line and our credit and licence.
 */
import { el, serialize } from '../charts/shared/svg';
import { wrap } from '../charts/shared/text';
import type { ChartDefinition } from '../charts/types';
import { standaloneSize } from '../charts';
import type { Datasets } from '../data/datasets';
import { SITE, SPOTLIGHT } from '../lib/site';
import { sourceWho } from '../lib/source-name';

const PAD = 32;
const TITLE = 26;
const SUBTITLE = 16;
const SMALL = 13;
const FONT = 'Source Sans 3, system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

export interface StandaloneInput {
  chart: ChartDefinition;
  data: Datasets;
  /** Absolute URL of the chart's page, printed in the credit line. */
  pageUrl: string;
}

/** The source line: the chart's bibliography entries, short. */
export function sourceLine(chart: ChartDefinition, data: Datasets): string {
  const names = chart
    .sources(data)
    .map((id) => data.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => (s.id === SPOTLIGHT.id ? `${SPOTLIGHT.author}, ${SPOTLIGHT.series}` : sourceWho(s)));
  return `Source: ${[...new Set(names)].join('; ')}`;
}

export function creditLine(pageUrl: string): string {
  return `${SITE.name} · ${SITE.licence.name} · ${pageUrl}`;
}

export function standaloneSvg({ chart, data, pageUrl }: StandaloneInput): string {
  const size = standaloneSize(chart, data, 'wide');
  const width = size.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const titleLines = wrap(chart.title, TITLE, inner, 'bold');
  const subtitleLines = wrap(chart.subtitle, SUBTITLE, inner);
  const footLines = [...wrap(sourceLine(chart, data), SMALL, inner), ...wrap(creditLine(pageUrl), SMALL, inner)];

  let y = PAD + TITLE;
  const title = titleLines.map((line, i) => el('text', { x: PAD, y: y + i * TITLE * 1.2, 'font-size': TITLE, 'font-weight': 700, fill: '#1b1c1f' }, [line]));
  y += (titleLines.length - 1) * TITLE * 1.2 + SUBTITLE * 1.6;
  const subtitle = subtitleLines.map((line, i) => el('text', { x: PAD, y: y + i * SUBTITLE * 1.3, 'font-size': SUBTITLE, fill: '#54575e' }, [line]));
  y += (subtitleLines.length - 1) * SUBTITLE * 1.3 + SUBTITLE;
  const chartTop = y;
  y += size.height + SMALL * 1.8;
  const foot = footLines.map((line, i) => el('text', { x: PAD, y: y + i * SMALL * 1.4, 'font-size': SMALL, fill: '#54575e' }, [line]));
  const height = Math.ceil(y + (footLines.length - 1) * SMALL * 1.4 + PAD);

  const framed = serialize(
    el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, 'font-family': FONT }, [
      el('title', {}, [chart.title]),
      el('desc', {}, [chart.description(data)]),
      el('rect', { width, height, fill: '#fdfcfa' }),
      ...title,
      ...subtitle,
      el('g', { id: `${chart.id}-chart`, transform: `translate(${PAD} ${Math.round(chartTop)})` }, ['@@CHART@@']),
      el('line', { x1: PAD, x2: width - PAD, y1: Math.round(y - SMALL * 1.3), y2: Math.round(y - SMALL * 1.3), stroke: '#d6d2c8' }),
      ...foot,
    ]),
  );
  // The chart is already serialised (and escaped) by its own renderer: drop it in whole.
  const chartSvg = chart.render(data, { layout: 'wide', theme: 'standalone' });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${framed.replace('@@CHART@@', chartSvg)}\n`;
}
