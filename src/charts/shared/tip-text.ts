/**
 * A mark's tooltip text is written once per figure. A chart is drawn in two layouts (wide and
 * narrow) with the same marks; the later layout's marks carry no text of their own when an
 * earlier layout's mark of the same id says the same, and the client reads it from there.
 */
import type { SvgNode } from './svg';

const TIP = ['data-tip-title', 'data-tip-body'] as const;

/** The layouts' drawings, the later ones without tooltip text an earlier one already carries. Pure. */
export function dropRepeatedTips(layouts: readonly SvgNode[]): SvgNode[] {
  const said = new Map<string, string>();
  const key = (n: SvgNode) => JSON.stringify(TIP.map((a) => n.attrs[a] ?? null));
  const strip = (n: SvgNode, record: boolean): SvgNode => {
    const id = n.attrs['data-mark'];
    let attrs = n.attrs;
    if (typeof id === 'string' && TIP.some((a) => a in n.attrs)) {
      if (record && !said.has(id)) said.set(id, key(n));
      else if (!record && said.get(id) === key(n)) attrs = Object.fromEntries(Object.entries(n.attrs).filter(([a]) => !(TIP as readonly string[]).includes(a)));
    }
    return { tag: n.tag, attrs, children: n.children.map((c) => (typeof c === 'string' ? c : strip(c, record))) };
  };
  return layouts.map((layout, i) => {
    const out = strip(layout, false);
    if (i === 0) return strip(layout, true);
    strip(layout, true);
    return out;
  });
}

/** A mark's tooltip title and body: its own, or those of the mark with its id in another layout. Browser-only. */
export function tipOf(mark: Element): { title: string; body: string } {
  const own = mark.hasAttribute('data-tip-title') || mark.hasAttribute('data-tip-body') ? mark : null;
  const id = mark.getAttribute('data-mark');
  const twin = own ?? (id !== null ? mark.closest('figure')?.querySelector(`[data-mark="${CSS.escape(id)}"][data-tip-title]`) : null);
  return { title: twin?.getAttribute('data-tip-title') ?? '', body: twin?.getAttribute('data-tip-body') ?? '' };
}
