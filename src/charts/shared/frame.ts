/** The root `<svg>` every chart renderer returns, inline or standalone. */
import { el, serialize, type SvgNode } from './svg';
import type { RenderOptions, Size } from '../types';
import { STANDALONE_CSS } from './standalone';

export interface FrameOptions {
  id: string;
  layout: RenderOptions['layout'];
  theme: RenderOptions['theme'];
  size: Size;
  title: string;
  description: string;
  labelledBy?: string | undefined;
  describedBy?: string | undefined;
}

/**
 * Wraps the chart's nodes in an `<svg>`. Inline SVGs are labelled by the page (Chart.astro sets
 * role, aria-labelledby and aria-describedby around them), so they carry no `<title>`; a standalone
 * file gets its own `<title>`/`<desc>`, xmlns and a `<style>` block (never used inline: the page's
 * CSP would block it).
 */
export function frame(o: FrameOptions, body: (SvgNode | false | null | undefined)[]): string {
  const standalone = o.theme === 'standalone';
  const root = el(
    'svg',
    {
      xmlns: standalone ? 'http://www.w3.org/2000/svg' : undefined,
      viewBox: `0 0 ${o.size.width} ${o.size.height}`,
      width: o.size.width,
      height: o.size.height,
      class: `chart chart--${o.layout}`,
      'data-chart-svg': o.id,
      'data-layout': o.layout,
      role: standalone || o.labelledBy ? 'img' : undefined,
      'aria-labelledby': standalone ? undefined : o.labelledBy,
      'aria-describedby': standalone ? undefined : o.describedBy,
      'font-family': 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif',
    },
    [
      standalone && el('title', {}, [o.title]),
      standalone && el('desc', {}, [o.description]),
      standalone && el('style', {}, [STANDALONE_CSS]),
      standalone && el('rect', { class: 'bg', width: o.size.width, height: o.size.height }),
      ...body,
    ],
  );
  return serialize(root);
}
