/**
 * A tiny SVG string builder: one tag per line, attributes in the order given, numbers rounded, text
 * escaped. Renderers build nodes with `el()` and turn them into a string with `serialize()`.
 */
import { escapeXml } from './escape';

export type AttrValue = string | number | boolean | undefined | null;
export type Attrs = Record<string, AttrValue>;

export interface SvgNode {
  tag: string;
  attrs: Attrs;
  children: (SvgNode | string)[];
}

/** An element. String children are text and are escaped when serialised. */
export const el = (tag: string, attrs: Attrs = {}, children: (SvgNode | string | false | null | undefined)[] = []): SvgNode => ({
  tag,
  attrs,
  children: children.filter((c): c is SvgNode | string => c !== false && c !== null && c !== undefined),
});

/** Rounds to one decimal and drops "-0", so that output is stable across platforms. */
export function num(n: number, digits = 1): string {
  const f = 10 ** digits;
  const v = Math.round(n * f) / f;
  return String(Object.is(v, -0) ? 0 : v);
}

const attr = (k: string, v: AttrValue): string => {
  if (v === undefined || v === null || v === false) return '';
  if (v === true) return ` ${k}=""`;
  return ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
};

const open = (n: SvgNode) => `<${n.tag}${Object.entries(n.attrs).map(([k, v]) => attr(k, v)).join('')}`;

/** One tag per line; an element whose children are all text stays on one line. */
export function serialize(node: SvgNode): string {
  const lines: string[] = [];
  const walk = (n: SvgNode) => {
    if (n.children.length === 0) {
      lines.push(`${open(n)}/>`);
      return;
    }
    if (n.children.every((c) => typeof c === 'string')) {
      lines.push(`${open(n)}>${n.children.map((c) => escapeXml(c as string)).join('')}</${n.tag}>`);
      return;
    }
    // A text with <tspan>s stays on one line: a line break inside it would be drawn as a space.
    if (n.tag === 'text') {
      const inline = (c: SvgNode | string): string =>
        typeof c === 'string' ? escapeXml(c) : `${open(c)}>${c.children.map(inline).join('')}</${c.tag}>`;
      lines.push(`${open(n)}>${n.children.map(inline).join('')}</${n.tag}>`);
      return;
    }
    lines.push(`${open(n)}>`);
    for (const c of n.children) {
      if (typeof c === 'string') lines.push(escapeXml(c));
      else walk(c);
    }
    lines.push(`</${n.tag}>`);
  };
  walk(node);
  return lines.join('\n');
}

/** Rounds every number in a path string (d3 paths and hand-built ones alike) to `digits` decimals. */
export const roundPath = (d: string, digits = 1): string => d.replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (m) => num(Number(m), digits));
