/** The root `<svg>` every chart renderer returns, inline or standalone. */
import { el, type SvgNode } from './svg';
import type { KeyItem, RenderOptions, Size } from '../types';
import { SANS_STACK, standaloneCss, token } from './standalone';
import { keyBlock, keyFor } from './key';
import { CHART_FONT_STACK } from './chart-font';

export interface FrameOptions {
  id: string;
  layout: RenderOptions['layout'];
  theme: RenderOptions['theme'];
  /** The chart's (inline) size; a standalone file adds its key strip above it. */
  size: Size;
  title: string;
  description: string;
  labelledBy?: string | undefined;
  describedBy?: string | undefined;
  /** Standalone: the value of every switch the file is drawn in (see `switchState`). */
  state?: Readonly<Record<string, string>> | undefined;
  /** Standalone: the chart's key items (`chart.key(d)`); those of `state` are drawn above the chart. */
  key?: readonly KeyItem[] | undefined;
}

/** Every class token used in a tree. */
function classesIn(nodes: readonly (SvgNode | string)[], into = new Set<string>()): Set<string> {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    const c = n.attrs['class'];
    if (typeof c === 'string') for (const t of c.split(/\s+/)) if (t) into.add(t);
    classesIn(n.children, into);
  }
  return into;
}

/**
 * Wraps the chart's nodes in an `<svg>`. Inline SVGs are labelled by the page (Chart.astro sets
 * role, aria-labelledby and aria-describedby around them), so they carry no `<title>`; a standalone
 * file gets its own `<title>`/`<desc>`, xmlns, a background, its colour key and a `<style>` block
 * derived from charts.css (never used inline: the page's CSP would block it). Its root carries the
 * switch state as `data-<name>`, as the page's figure does, so the state's rules apply.
 */
export function frame(o: FrameOptions, body: (SvgNode | false | null | undefined)[]): SvgNode {
  const standalone = o.theme === 'standalone';
  const nodes = body.filter((n): n is SvgNode => Boolean(n));
  const state = o.state ?? {};
  const key = standalone ? keyBlock(keyFor(o.key ?? [], state), o.size.width, o.layout) : { height: 0, node: null };
  const width = o.size.width;
  const height = o.size.height + key.height;
  const rootClass = `chart chart--${o.layout}`;
  const content: SvgNode[] = key.node ? [key.node, el('g', { class: 'plot', transform: `translate(0 ${key.height})` }, nodes)] : nodes;
  const css = standalone ? standaloneCss(classesIn(content, new Set(rootClass.split(' '))), state) : '';
  return el(
    'svg',
    {
      xmlns: standalone ? 'http://www.w3.org/2000/svg' : undefined,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: rootClass,
      'data-chart-svg': o.id,
      'data-layout': o.layout,
      ...(standalone ? Object.fromEntries(Object.entries(state).map(([k, v]) => [`data-${k}`, v])) : {}),
      role: standalone || o.labelledBy ? 'img' : undefined,
      'aria-labelledby': standalone ? undefined : o.labelledBy,
      'aria-describedby': standalone ? undefined : o.describedBy,
      // Inline, the page's CSS sets the font; a standalone file uses the one its downloads carry.
      'font-family': standalone ? SANS_STACK : CHART_FONT_STACK,
    },
    [
      standalone && el('title', {}, [o.title]),
      standalone && el('desc', {}, [o.description]),
      standalone && el('style', {}, [css]),
      standalone && el('rect', { width, height, fill: token('--bg') }),
      ...content,
    ],
  );
}
