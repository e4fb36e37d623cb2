/**
 * The text a reader of a built page meets, in blocks, each with the language it is marked as: the
 * text nodes outside scripts and styles, the attributes that are shown or spoken (alt, title,
 * aria-label, placeholder, the charts' tooltips and announcements) and the markup waiting in inert
 * blocks (`<script type="text/html">`, parsed in when the scripts run: the share dialogs). A small
 * tokenizer rather than a DOM: dist/ is our own well-formed output, and a test over every page of
 * every language must stay fast.
 */

export interface TextBlock {
  /** The nearest `lang` around the text (the page's `<html lang>` if nothing nearer). */
  lang: string;
  /** Where it stands: the element path, e.g. "main>p" or "figure>svg>text[aria-label]". */
  where: string;
  text: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is not text a reader sees: code and addresses are not prose either. */
const NOT_TEXT = new Set(['style', 'script', 'code', 'pre', 'kbd', 'samp', 'textarea']);
/** Elements that end a run of text: the words either side of them belong to different sentences. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'option', 'p', 'section', 'summary', 'table', 'td', 'th', 'title', 'tr', 'ul', 'br', 'text', 'desc', 'tspan', 'label', 'button',
]);
const READ_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder', 'data-tip-title', 'data-tip-body', 'data-announce'];

const TAG = /<!--[\s\S]*?-->|<!\w[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Undoes HTML's character references. */
export function decodeEntities(s: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—' };
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, e: string) => named[e.toLowerCase()] ?? m);
}

function attributesOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

interface Open {
  name: string;
  lang: string;
  hidden: boolean;
}

/** The text blocks of an HTML document (or fragment, read as if it stood in `lang`). */
export function visibleText(source: string, lang = ''): TextBlock[] {
  // SVG's character data is text like any other (the charts' labels are written in it).
  const html = source.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  const blocks: TextBlock[] = [];
  const stack: Open[] = [];
  let run = '';
  const here = () => stack.filter((o) => !['html', 'body'].includes(o.name)).map((o) => o.name).slice(-3).join('>');
  const langNow = () => stack.at(-1)?.lang ?? lang;
  const silent = () => stack.some((o) => o.hidden);
  let runLang = langNow();
  let runWhere = '';
  const flush = () => {
    const text = run.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ lang: runLang, where: runWhere, text });
    run = '';
  };
  const add = (text: string) => {
    if (silent() || !text) return;
    if (langNow() !== runLang) flush();
    if (!run.trim()) {
      runLang = langNow();
      runWhere = here();
    }
    run += text;
  };
  let at = 0;
  const tags = new RegExp(TAG.source, 'g');
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    add(decodeEntities(html.slice(at, m.index)));
    at = m.index + m[0].length;
    if (!m[2]) continue; // a comment or a doctype
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (closing) {
      const i = stack.findLastIndex((o) => o.name === name);
      if (i < 0) continue;
      if (BLOCK.has(name) || stack[i]!.lang !== (stack[i - 1]?.lang ?? lang)) flush();
      stack.length = i;
      continue;
    }
    const attrs = attributesOf(m[3] ?? '');
    const parentLang = langNow();
    const own = attrs.get('lang') ?? attrs.get('xml:lang');
    const open: Open = { name, lang: own ?? parentLang, hidden: false };
    if (BLOCK.has(name)) flush();
    for (const a of READ_ATTRIBUTES) {
      const v = attrs.get(a);
      if (v?.trim() && !silent()) blocks.push({ lang: open.lang, where: `${[here(), name].filter(Boolean).join('>')}[${a}]`, text: v.replace(/\s+/g, ' ').trim() });
    }
    const selfClosing = /\/\s*$/.test(m[3] ?? '') || VOID.has(name);
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      // Raw text: its content runs to the matching end tag, whatever it holds.
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      const content = html.slice(at, end < 0 ? html.length : end);
      if (name === 'script' && attrs.get('type') === 'text/html') blocks.push(...visibleText(content, open.lang));
      else if (name === 'title' && !silent()) blocks.push({ lang: open.lang, where: [here(), 'title'].filter(Boolean).join('>'), text: decodeEntities(content).replace(/\s+/g, ' ').trim() });
      at = end < 0 ? html.length : end;
      tags.lastIndex = at;
      continue;
    }
    if (selfClosing) {
      if (BLOCK.has(name)) flush();
      continue;
    }
    open.hidden = NOT_TEXT.has(name);
    stack.push(open);
    if (name === 'html' && own && !lang) lang = own;
  }
  add(decodeEntities(html.slice(at)));
  flush();
  return blocks.filter((b) => /\p{L}/u.test(b.text));
}

/** The language a page says it is in (`<html lang>`). */
export const htmlLang = (html: string): string => /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
