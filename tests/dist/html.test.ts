import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { htmlFiles, read } from './files';

const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));

describe('the built HTML is valid (html-validate, recommended rules)', () => {
  for (const file of htmlFiles()) {
    it(file, async () => {
      const report = await validator.validateString(read(file), file);
      const messages = report.results.flatMap((r) => r.messages).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      expect(messages).toEqual([]);
    });
  }
});

// Astro drops the line break between text and a tag or {expression} on the next line, which glues
// words together ("CC BY 4.0 ·Embed", "by the<cite>Centre", "observer;Tajikistan"); the reader sees a typo.
const INLINE = 'a|abbr|b|cite|code|dfn|em|i|kbd|mark|q|s|small|span|strong|time|u|var';
/** The page body with scripts, styles and literal code (embed snippets, citations) taken out. */
const prose = (html: string) =>
  html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<(script|style|textarea|pre|code|template)\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
const decode = (text: string) =>
  text
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/&(?:quot|#34);/g, '"')
    .replace(/&(?:amp|#38);/g, '&')
    .replace(/&(?:lt|#60);/g, '<')
    .replace(/&(?:gt|#62);/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
/** Each text node on its own, so "a;</li><li>b" does not count as "a;b". */
const textNodes = (html: string) => prose(html).split(/<[^>]*>/).map(decode);
const near = (s: string, i: number, len: number) => s.slice(Math.max(0, i - 24), i + len + 24).replace(/\s+/g, ' ');
const glueIn = (html: string): string[] => [
  // A letter or separator straight against an inline element whose text starts with a letter:
  // "based on<cite>ZOiS", "observer;<a>Tajikistan". "(" or "“" before a tag is fine.
  ...[...prose(html).matchAll(new RegExp(`[\\p{L};,·](?:<(?:${INLINE})\\b[^>]*>)+\\p{L}`, 'gu'))].map((m) => near(m.input, m.index, m[0].length)),
  // A separator straight against the next word inside one text node: "observer;Tajikistan", "4.0 ·Embed".
  ...textNodes(html).flatMap((t) => [...t.matchAll(/(?<!&#?\w+)[;,·]\p{L}/gu)].map((m) => near(t, m.index, m[0].length))),
  // A short lower-case word glued to a capitalised one, as when "{name}" followed a line break: "by theCentre".
  ...textNodes(html).flatMap((t) =>
    [...t.matchAll(/\b(?:a|an|and|as|at|by|for|from|in|into|is|of|on|or|the|to|was|with)\p{Lu}/gu)].map((m) => near(t, m.index, m[0].length)),
  ),
];

describe('inline separators keep their spaces', () => {
  it('no “·”, “;” or “,” runs straight into a link or the next word', () => {
    const glued = htmlFiles().flatMap((file) =>
      [...read(file).matchAll(/[^>]{0,24}[·;,]<a\s[^>]*>[^<]{0,24}|[^>]{0,24}·[A-Za-z][^<]{0,24}/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(glued).toEqual([]);
  });

  it('no word runs straight into an inline element or a filled-in name (a missing space)', () => {
    const glued = htmlFiles().flatMap((file) => glueIn(read(file)).map((g) => `${file}: ${g}`));
    expect(glued).toEqual([]);
  });

  it('the check itself catches glued words and leaves real punctuation alone', () => {
    const page = (body: string) => `<html><head><title>t</title></head><body>${body}</body></html>`;
    expect(glueIn(page('published by the<cite>Centre</cite>'))).toHaveLength(1);
    expect(glueIn(page('was an observer;<a href="/x">Tajikistan</a>'))).toHaveLength(1);
    expect(glueIn(page('based on<em>ZOiS</em>'))).toHaveLength(1);
    expect(glueIn(page('<p>observer;Tajikistan</p>'))).toHaveLength(1);
    expect(glueIn(page('<p>by theCentre for East European</p>'))).toHaveLength(1);
    expect(glueIn(page('<p>based onZOiS Spotlight</p>'))).toHaveLength(1);
    expect(
      glueIn(
        page(
          '<p>See (<a href="/x">the map</a>), “<cite>Title</cite>”, a <strong>bold</strong> claim; ZOiS, iPhone, JavaScript, ' +
            'AT&amp;T, &lt;iframe&gt;, 1,000 and 30–35%.<sup><a href="#fn">1</a></sup></p>' +
            '<li>one;</li><li>Two</li><textarea>width:100%;max-width:100%</textarea><code>a;b</code>',
        ),
      ),
    ).toEqual([]);
  });
});
