/**
 * A chart as a file that travels on its own (SVG and PNG downloads, slides, worksheets): the chart's
 * standalone rendering framed with its title, subtitle, source line and our credit and licence.
 */
import { el, serialize } from '../charts/shared/svg';
import { wrap } from '../charts/shared/text';
import type { ResolvedChart } from '../charts/types';
import { SITE, SPOTLIGHT } from '../lib/site';
import { sourceWho } from '../lib/source-name';
import { SANS_STACK } from '../charts/shared/standalone';
import { switchState } from '../charts/shared/key';
import { chartChrome } from '../charts/shared/messages';
import { getLocale } from '../i18n/locale';
import { token } from '../styles/tokens';

const PAD = 32;
const TITLE = 26;
const SUBTITLE = 16;
const SMALL = 13;
const NOTE = 14;

export interface StandaloneInput {
  chart: ResolvedChart;
  /** Absolute URL of the chart's page, printed in the credit line. */
  pageUrl: string;
  /** Switch values to draw (e.g. `{ view: 'formal' }`); the initial ones otherwise. */
  state?: Readonly<Record<string, string>>;
}

/**
 * What a file drawn in a non-initial switch state shows, in words ("Shown: Formal status, Sept
 * 2024"), so that two pictures of one chart can be told apart; empty for the initial state.
 */
export function viewLine(chart: ResolvedChart, state: Readonly<Record<string, string>> = {}): string {
  const { controls } = chart;
  const drawn = switchState(controls, state);
  const initial = switchState(controls);
  const changed = controls
    .filter((c) => c.kind === 'switch' && drawn[c.name] !== initial[c.name])
    .map((c) => c.options.find((o) => o.value === drawn[c.name])?.label)
    .filter((l): l is string => Boolean(l));
  return changed.length ? chartChrome(chart.lang).standalone.shown(getLocale(chart.lang).list(changed, 'unit')) : '';
}

/** The source line: the chart's bibliography entries, short. */
export function sourceLine(chart: ResolvedChart): string {
  const names = chart.sources.map((s) => (s.id === SPOTLIGHT.id ? `${SPOTLIGHT.author}, ${SPOTLIGHT.series}` : sourceWho(s, chart.lang)));
  const t = chartChrome(chart.lang);
  return t.standalone.source([...new Set(names)].join(t.sourceSeparator));
}

export function creditLine(pageUrl: string): string {
  return `${SITE.name} · ${SITE.licence.name} · ${pageUrl}`;
}

export function standaloneSvg({ chart, pageUrl, state = {} }: StandaloneInput): string {
  const size = chart.standaloneSize('wide', state);
  const width = size.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const titleLines = wrap(chart.title, TITLE, inner, 'bold');
  const view = viewLine(chart, state);
  const subtitleLines = wrap(view ? `${chart.subtitle}. ${view}.` : chart.subtitle, SUBTITLE, inner);
  // The notes travel with the picture: they carry caveats the chart exists to make.
  const notes = chart.notes.filter(Boolean);
  const noteLines = notes.flatMap((n, i) =>
    wrap(notes.length > 1 ? `${i + 1}. ${n}` : chartChrome(chart.lang).standalone.note(n), NOTE, inner).map((line, j) => ({ line, first: j === 0 && i > 0 })),
  );
  const footLines = [...wrap(sourceLine(chart), SMALL, inner), ...wrap(creditLine(pageUrl), SMALL, inner)];

  let y = PAD + TITLE;
  const title = titleLines.map((line, i) => el('text', { x: PAD, y: y + i * TITLE * 1.2, 'font-size': TITLE, 'font-weight': 700, fill: token('--text') }, [line]));
  y += (titleLines.length - 1) * TITLE * 1.2 + SUBTITLE * 1.6;
  const subtitle = subtitleLines.map((line, i) => el('text', { x: PAD, y: y + i * SUBTITLE * 1.3, 'font-size': SUBTITLE, fill: token('--text-muted') }, [line]));
  y += (subtitleLines.length - 1) * SUBTITLE * 1.3 + SUBTITLE;
  const chartTop = y;
  y += size.height + NOTE * 1.8;
  const note = noteLines.map(({ line, first }) => {
    if (first) y += NOTE * 0.4;
    const t = el('text', { x: PAD, y, 'font-size': NOTE, fill: token('--text') }, [line]);
    y += NOTE * 1.35;
    return t;
  });
  if (noteLines.length) y += SMALL * 1.2;
  const foot = footLines.map((line, i) => el('text', { x: PAD, y: y + i * SMALL * 1.4, 'font-size': SMALL, fill: token('--text-muted') }, [line]));
  const height = Math.ceil(y + (footLines.length - 1) * SMALL * 1.4 + PAD);

  const framed = serialize(
    el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, 'font-family': SANS_STACK }, [
      el('title', {}, [chart.title]),
      el('desc', {}, [chart.description]),
      el('rect', { width, height, fill: token('--bg') }),
      ...title,
      ...subtitle,
      el('g', { id: `${chart.id}-chart`, transform: `translate(${PAD} ${Math.round(chartTop)})` }, [
        chart.render({ layout: 'wide', theme: 'standalone', state }),
      ]),
      ...note,
      el('line', { x1: PAD, x2: width - PAD, y1: Math.round(y - SMALL * 1.3), y2: Math.round(y - SMALL * 1.3), stroke: token('--rule') }),
      ...foot,
    ]),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${framed}\n`;
}
