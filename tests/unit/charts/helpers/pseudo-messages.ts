/**
 * Pseudo-localisation for tests: every string of a messages object wrapped in ⟦…⟧ (functions'
 * results too), every string a Locale formats wrapped in ⟨…⟩. A chart drawn with both shows, in
 * each of its texts, where the words came from; `leaks` finds text that came from neither (an
 * English literal in a layout, a hand-made "0%"). Generic: any chart's messages, any Locale.
 */
import type { Locale } from '../../../../src/i18n/locale';
import type { SvgNode } from '../../../../src/charts/shared/svg';

export const MESSAGE = ['⟦', '⟧'] as const;
export const FORMAT = ['⟨', '⟩'] as const;
const OPEN = new Set<string>([MESSAGE[0], FORMAT[0]]);
const CLOSE = new Set<string>([MESSAGE[1], FORMAT[1]]);

const wrapIn = ([open, close]: readonly [string, string], s: string) => `${open}${s}${close}`;

/** Every string in `m` wrapped, every function's string result wrapped; the shape is kept. */
export function pseudoMessages<M>(m: M): M {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return wrapIn(MESSAGE, v);
    if (typeof v === 'function') return (...args: unknown[]) => walk((v as (...a: unknown[]) => unknown)(...args));
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(m) as M;
}

/** The locale with every formatted string wrapped (a list's words too: they are the locale's). */
export function pseudoLocale(l: Locale): Locale {
  const w = (s: string) => wrapIn(FORMAT, s);
  return {
    ...l,
    number: (n, o) => w(l.number(n, o)),
    percent: (n, d) => w(l.percent(n, d)),
    percentRange: (a, b) => w(l.percentRange(a, b)),
    compact: (n, unit) => w(l.compact(n, unit)),
    money: (n, c) => w(l.money(n, c)),
    millions: (n) => w(l.millions(n)),
    count: (n) => w(l.count(n)),
    date: (d, atMost) => w(l.date(d, atMost)),
    list: (items, type) => w(l.list(items, type)),
    listParts: (items, type) => l.listParts(items, type).map((p) => (p.type === 'literal' ? { ...p, value: w(p.value) } : p)),
  };
}

/**
 * What of `text` lies outside every ⟦…⟧ and ⟨…⟩. A wrapped line may begin inside a bracket opened
 * on the line before (and end inside one closed on the next): such a start counts as inside.
 */
export function unmarked(text: string): string[] {
  let depth = 0;
  let lowest = 0;
  for (const c of text) {
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) lowest = Math.min(lowest, --depth);
  }
  depth = -lowest;
  const out: string[] = [];
  let run = '';
  for (const c of text) {
    if (OPEN.has(c)) {
      if (depth === 0 && run) out.push(run);
      if (depth === 0) run = '';
      depth++;
    } else if (CLOSE.has(c)) depth--;
    else if (depth === 0) run += c;
  }
  if (run) out.push(run);
  return out;
}

/**
 * `text` without the data's own strings (content, translated with the data, not by messages):
 * longest first, and only whole ones, so a line of code text is never mistaken for data.
 */
function withoutData(text: string, data: readonly string[]): string {
  let out = text;
  for (const d of data) if (out.includes(d)) out = out.split(d).join(' ');
  return out;
}

/** Every string value anywhere in a value (the datasets): what a chart may print unmarked. */
export function stringsIn(v: unknown, into: string[] = []): string[] {
  if (typeof v === 'string') into.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsIn(x, into);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsIn(x, into);
  return into;
}

/** Attributes whose text a reader meets (tooltips, names), besides the text nodes. */
const READ_ATTRIBUTES = ['data-tip-title', 'data-tip-body', 'aria-label', 'data-announce'];

/**
 * The texts of an SVG tree a reader sees or hears that carry letters or digits outside the
 * markers and outside the data's strings: each with where it was found. The lines of one text
 * block (consecutive `<text>`s in one group, as `wrap` breaks them) are read together, so a
 * message wrapped over three lines is one string again. `<style>` is CSS, not text.
 */
export function leaks(root: SvgNode, data: readonly string[]): { where: string; text: string }[] {
  // Short strings (ids, codes, "0") would hide code text that happens to contain them.
  const content = [...new Set(data)].filter((d) => d.length >= 3).sort((a, b) => b.length - a.length);
  const found: { where: string; text: string }[] = [];
  const check = (where: string, text: string) => {
    for (const line of text.split('\n')) {
      const bad = unmarked(withoutData(line, content)).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
      if (bad.length) found.push({ where, text: line });
    }
  };
  const walk = (n: SvgNode, path: string) => {
    if (n.tag === 'style') return;
    const here = `${path}>${n.tag}${typeof n.attrs['class'] === 'string' ? `.${n.attrs['class'].split(' ')[0]}` : ''}`;
    for (const a of READ_ATTRIBUTES) {
      const v = n.attrs[a];
      if (typeof v === 'string') check(`${here}[${a}]`, v);
    }
    if (n.tag === 'text' || n.tag === 'title' || n.tag === 'desc') {
      check(here, textOf(n));
      return;
    }
    let block: string[] = [];
    const flush = () => {
      if (block.length) check(`${here}>text`, block.join(' '));
      block = [];
    };
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'text') block.push(textOf(c));
      else {
        flush();
        walk(c, here);
      }
    }
    flush();
  };
  walk(root, '');
  return found;
}

const textOf = (n: SvgNode): string => n.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
