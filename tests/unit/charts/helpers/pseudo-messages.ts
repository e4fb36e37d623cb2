/**
 * A pseudo-locale for tests: a chart's messages with every string wrapped in ⟦…⟧ (and every string
 * a message function returns), so a test can tell text that came through the messages from text a
 * module wrote itself. Generic over any messages object: every chart, the shared chrome, issue 13's
 * languages.
 */
import type { SvgNode } from '../../../../src/charts/shared/svg';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** A string as the pseudo-locale writes it. */
export const pseudo = (s: string): string => `${PSEUDO_OPEN}${s}${PSEUDO_CLOSE}`;

/**
 * The messages with every string wrapped and every function's string result wrapped; keys, numbers
 * and booleans stay as they are, so the object still satisfies the chart's `Messages` type.
 */
export function pseudoMessages<M>(messages: M, wrap: (s: string) => string = pseudo): M {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return wrap(v);
    if (typeof v === 'function') {
      const f = v as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => walk(f(...args));
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(messages) as M;
}

/**
 * What of a text lies outside every ⟦…⟧ (nested ones included), blanks aside: '' when all of it came
 * through the pseudo-locale.
 */
export function outsidePseudo(text: string): string {
  let rest = text;
  const innermost = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'gu');
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(innermost, '');
  }
  return rest.replace(/\s+/gu, ' ').trim();
}

/** Elements whose text a reader sees or hears (a `<tspan>` counts as part of its `<text>`). */
const TEXT_TAGS = new Set(['text', 'title', 'desc']);
/** Attributes that are read out or shown as tooltips. */
const TEXT_ATTRS = ['aria-label', 'data-tip-title', 'data-tip-body'];

export interface SvgText {
  /** Where the text sits: `<text data-label-for="cuba">`, `data-tip-body of data-mark="cuba"`. */
  where: string;
  text: string;
}

const textOf = (n: SvgNode | string): string => (typeof n === 'string' ? n : n.children.map(textOf).join(''));
const NAMING_ATTRS = ['data-mark', 'data-label-for', 'id', 'class'];
const nameOf = (n: SvgNode) => {
  const k = NAMING_ATTRS.find((a) => typeof n.attrs[a] === 'string');
  return `<${n.tag}${k ? ` ${k}="${String(n.attrs[k])}"` : ''}>`;
};

/** Every visible text and every tooltip or label attribute of an SVG tree, line by line. */
export function svgTexts(root: SvgNode): SvgText[] {
  const out: SvgText[] = [];
  const walk = (n: SvgNode) => {
    for (const a of TEXT_ATTRS) {
      const v = n.attrs[a];
      if (typeof v === 'string') for (const line of v.split('\n')) out.push({ where: `${a} of ${nameOf(n)}`, text: line });
    }
    if (TEXT_TAGS.has(n.tag)) {
      out.push({ where: nameOf(n), text: textOf(n) });
      return;
    }
    for (const c of n.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return out;
}
