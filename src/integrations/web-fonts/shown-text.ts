/**
 * Every character a built site can put on screen, read from its HTML, CSS and client scripts, so
 * that a web font subset to them never falls back mid-word. A superset by design: a glyph too many
 * costs a few bytes, a glyph too few shows a reader another font.
 *
 * Read from HTML: text, attribute values that are shown or read out (alt, title, labels, the data-*
 * attributes scripts turn into tooltips) and templates that scripts clone (<script type="text/html">).
 * From CSS: generated content ('— ', '\a0· '), `quotes`, and, when text is transformed to upper
 * case, the upper-case forms. From scripts: their string literals. From the page's language: the
 * quotation marks a browser draws for <q>.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (NAMED[e.toLowerCase()] ?? m),
  );
}

/** CSS string escapes: "\a0" is a no-break space, "\'" a quote. */
const decodeCssEscapes = (s: string) =>
  s.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gi, (_, h: string | undefined, c: string | undefined) => (h ? String.fromCodePoint(parseInt(h, 16)) : c!));

const SHOWN_ATTRIBUTE = /^(alt|title|aria-label|aria-description|placeholder|value|label|data-[\w-]+)$/i;

/** The quotation marks a browser draws for <q> (CSS `quotes: auto`), by language. */
const QUOTES: Record<string, string> = { en: '“”‘’', de: '„“‚‘', fr: '«»“”', ru: '«»„“' };

export function htmlText(html: string): string {
  const lang = /<html[^>]*\slang="([a-z]+)/i.exec(html)?.[1]?.toLowerCase() ?? 'en';
  const out: string[] = [];
  if (/<q[\s>]/.test(html)) out.push(QUOTES[lang] ?? QUOTES.en!);
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style[^>]*>[\s\S]*?<\/style>/gi, '')
    // Templates that scripts clone are HTML; other scripts (code, JSON-LD) are not shown.
    .replace(/<script([^>]*)>([\s\S]*?)<\/script>/gi, (_, attrs: string, inner: string) => (/type="text\/html"/i.test(attrs) ? inner : ''));
  for (const tag of body.matchAll(/<[a-z][^>]*>/gi)) {
    for (const a of tag[0].matchAll(/\s([\w:-]+)="([^"]*)"/g)) if (SHOWN_ATTRIBUTE.test(a[1]!)) out.push(a[2]!);
  }
  out.push(body.replace(/<[^>]*>/g, ' '));
  return decodeEntities(out.join(' '));
}

export function cssText(css: string): string {
  const out: string[] = [];
  for (const m of css.matchAll(/(?:content|quotes)\s*:([^;}]*)/g)) {
    for (const s of m[1]!.matchAll(/"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'/g)) out.push(decodeCssEscapes(s[1] ?? s[2] ?? ''));
    // counter() draws digits.
    if (/counter\(/.test(m[1]!)) out.push('0123456789');
  }
  if (/text-overflow\s*:\s*ellipsis/.test(css)) out.push('…');
  if (/hyphens\s*:\s*auto/.test(css)) out.push('-\u2010');
  return out.join(' ');
}

export function scriptText(js: string): string {
  const out: string[] = [];
  for (const m of js.matchAll(/"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'|`((?:\\.|[^`\\])*)`/g)) {
    out.push((m[1] ?? m[2] ?? m[3] ?? '').replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/gi, (_, a: string | undefined, b: string | undefined) => String.fromCodePoint(parseInt(a ?? b!, 16))));
  }
  return out.join(' ');
}

/** Whether any CSS transforms text case, so that the other case of every letter can be shown. */
const transformsCase = (css: string) => /text-transform\s*:\s*(uppercase|capitalize|lowercase)/.test(css);

/** The code points a site can show, from its built files' contents. Control characters are left out. */
export function shownCodePoints(files: { html: string[]; css: string[]; js: string[] }): Set<number> {
  const css = files.css.join('\n');
  const out = new Set<number>();
  // Indexed, not `for…of`: the site's text is megabytes, and the string iterator is the slow part.
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) out.add(cp);
    }
  };
  for (const html of files.html) add(htmlText(html));
  add(cssText(css));
  for (const js of files.js) add(scriptText(js));
  if (transformsCase(css)) {
    // Each character's other cases (one may be several characters: ß is SS in upper case), and
    // the final sigma that only a whole word's lower case gives.
    for (const cp of [...out]) {
      const ch = String.fromCodePoint(cp);
      add(ch.toUpperCase());
      add(ch.toLowerCase());
    }
    if (out.has(0x3c3)) out.add(0x3c2);
  }
  return out;
}
