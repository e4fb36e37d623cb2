/**
 * Builds the site again, three ways, and compares: the same commit twice (byte-identical), under a
 * sub-path (BASE_PATH), and with hostile text (markup, quotes and replacement patterns) in its data
 * and in a chart's own words. Each build is of a fixture project (scripts/lib/fixture-project.mjs):
 * a copy of the site with files swapped, so production code has no switch for tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { csvParse } from 'd3-dsv';
import { unzipSync, strFromU8 } from 'fflate';
import { fixtureProject } from '../../scripts/lib/fixture-project.mjs';
import { curlQuotes } from '../../src/lib/typography';
import { DIST, filesIn } from './files';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/locale';

const files = filesIn;
// The sub-path build waits for the time-zone build before it: two builds, beside a third, on a busy machine.
const BUILD_TIMEOUT = 600_000;

/**
 * Two copies, built side by side: the site as it is (built twice, in another time zone and under a
 * sub-path) and the hostile one. Started when the file loads, so the two chains overlap.
 */
const site = fixtureProject('site');
const hostile = fixtureProject('hostile');

const asItIs = (async () => ({
  again: await site.build({ outDir: 'dist-tz', env: { TZ: 'Pacific/Kiritimati' } }),
  base: await site.build({ outDir: 'dist-base', env: { BASE_PATH: '/sanctions/', SITE_URL: 'https://example.org' } }),
}))();

/** Text that must stay text: it closes the elements our embed codes and copy fields sit in, and uses String.replace patterns. */
const HOSTILE_TITLE = `Few developers </textarea></iframe><script>alert("t")</script> saw "real" US$& support, $' ends here`;
/** What shows of it wherever it shows: the title's markup, a replacement pattern and its last words (a `"` that ended an attribute would cut them). */
const TITLE_MARKS = ['</textarea></iframe><script>alert(', 'US$& support', 'ends here'];

/**
 * Puts HOSTILE_TITLE in the survey chart's own words: the first `title:` of its messages file
 * (or, before the chart contract, of its definition).
 */
function giveSurveyHostileTitle(): void {
  const folder = 'src/charts/russoft-survey';
  const candidates = [`${folder}/messages/en.ts`, `${folder}/russoft-survey.ts`];
  const file = candidates.find((f) => {
    try {
      return /\btitle: '/.test(readFileSync(join(hostile.root, f), 'utf8'));
    } catch {
      return false;
    }
  });
  if (!file) throw new Error(`no "title: '…'" in ${candidates.join(' or ')} of the fixture project`);
  const text = readFileSync(join(hostile.root, file), 'utf8');
  hostile.write(file, text.replace(/\btitle: '(?:[^'\\]|\\.)*'/, () => `title: ${JSON.stringify(HOSTILE_TITLE)}`));
}

const hostileBuild = (async () => {
  const fixtures = 'tests/fixtures/hostile';
  for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.json'))) hostile.write(`content/data/${f}`, readFileSync(join(fixtures, f), 'utf8'));
  giveSurveyHostileTitle();
  return hostile.build();
})();

// A build that fails is reported by the tests that wait for it, not as an unhandled rejection.
asItIs.catch(() => {});
hostileBuild.catch(() => {});

describe('a second build of the same commit, fourteen hours ahead of UTC, from another folder', () => {
  let again = '';
  // The machine's time zone and the project's path must not reach any file (zip timestamps, dates in pages and feeds).
  beforeAll(async () => void (again = (await asItIs).again.outDir), BUILD_TIMEOUT);

  it('is byte-identical', () => {
    const a = files(DIST);
    expect(files(again)).toEqual(a);
    const different = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(again, f))));
    expect(different).toEqual([]);
  });
});

describe('a build under a sub-path (BASE_PATH=/sanctions/)', () => {
  let out = '';
  beforeAll(async () => void (out = (await asItIs).base.outDir), BUILD_TIMEOUT);

  it('links, assets, embed codes, oEmbed and downloads all carry the base', () => {
    const html = readFileSync(join(out, 'articles/partners/index.html'), 'utf8');
    const rootRelative = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(rootRelative.length).toBeGreaterThan(20);
    expect(rootRelative.filter((u) => !u.startsWith('/sanctions/'))).toEqual([]);
    expect(html).toContain('href="/sanctions/articles/chips/"'); // a link written in the MDX
    const chartPage = readFileSync(join(out, 'charts/russoft-survey/index.html'), 'utf8');
    expect(chartPage).toContain('https://example.org/sanctions/embed/russoft-survey/');
    expect(chartPage).toContain('https://example.org/sanctions/embed.js');
    const oembed = JSON.parse(readFileSync(join(out, 'oembed/russoft-survey.json'), 'utf8'));
    expect(oembed.html).toContain('src="https://example.org/sanctions/embed/russoft-survey/"');
    expect(oembed.thumbnail_url).toBe('https://example.org/sanctions/charts/russoft-survey.png');
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain('/sanctions/embed/timeline/\n');
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toContain('https://example.org/sanctions/');
  });

  it('so do the pages of every other language, their alternates, feeds and 404 rules', () => {
    for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
      const pages = files(out).filter((f) => f.startsWith(`${lang}/`) && f.endsWith('.html'));
      expect(pages.length, lang).toBeGreaterThan(10);
      for (const f of pages) {
        const html = readFileSync(join(out, f), 'utf8');
        const rootRelative = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
        expect(rootRelative.filter((u) => !u.startsWith('/sanctions/')), f).toEqual([]);
        const alternates = [...html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1]!);
        expect(alternates.filter((u) => !u.startsWith('https://example.org/sanctions/')), f).toEqual([]);
      }
      const home = readFileSync(join(out, lang, 'index.html'), 'utf8');
      expect(home).toContain(`href="/sanctions/${lang}/rss.xml"`);
      expect(home).toContain('<link rel="alternate" hreflang="x-default" href="https://example.org/sanctions/">');
      expect(readFileSync(join(out, lang, 'rss.xml'), 'utf8')).toContain(`https://example.org/sanctions/${lang}/articles/`);
      expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain(`/sanctions/${lang}/* /sanctions/${lang}/404.html 404`);
      expect(files(out)).toContain(`${lang}/404.html`);
    }
  });
});

/** Undoes the escaping of HTML and XML text and attribute values. */
const unescape = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** The decoded contents of every <textarea> (copy fields: embed codes, citations) of a page. */
const textareas = (html: string) => [...html.matchAll(/<textarea\b[^>]*>([\s\S]*?)<\/textarea>/g)].map((m) => unescape(m[1]!));

/** An embed code as one iframe (and the optional host script), with the iframe's title decoded. */
function embedCodeParts(code: string) {
  // A start tag's attributes: quoted values may hold ">" (only "<", "&" and '"' must be escaped there).
  const tag = (name: string) => new RegExp(`<${name}\\b((?:[^>"]|"[^"]*")*)>`, 'g');
  const iframes = [...code.matchAll(tag('iframe'))];
  return {
    iframes: iframes.length,
    closed: code.split('</iframe>').length - 1,
    scripts: [...code.matchAll(tag('script'))].map((m) => m[0]),
    title: unescape(/\stitle="([^"]*)"/.exec(iframes[0]?.[1] ?? '')?.[1] ?? ''),
  };
}

describe('a build with hostile text (tests/fixtures/hostile, and a chart title)', () => {
  const raw = '<script>alert("x")</script> & "quoted" \'single\'';
  const shown = curlQuotes(raw);
  const escaped = shown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  /** The survey answer as the fixture has it, as it is shown. */
  const label = curlQuotes(`Undecided ${raw} US$& $'`);
  let out = '';
  beforeAll(async () => void (out = (await hostileBuild).outDir), BUILD_TIMEOUT);

  const read = (f: string) => readFileSync(join(out, f), 'utf8');
  const textFiles = () => files(out).filter((f) => /\.(html|svg|json|csv|xml|txt)$/.test(f));

  it('never lets the markup through as markup', () => {
    // Inside a quoted attribute value "<" is only text; everywhere else it would start a tag.
    const outsideAttributes = (s: string) => s.replace(/="[^"]*"/g, '=""');
    const markup = textFiles().filter((f) => /\.(html|svg|xml)$/.test(f) && /<script>alert\(/.test(outsideAttributes(read(f))));
    expect(markup).toEqual([]);
  });

  it('shows it as text on pages, in the SVGs and in the embeds', () => {
    for (const f of ['articles/software/index.html', 'embed/russoft-survey/index.html', 'charts/russoft-survey.svg', 'glossary/index.html', 'articles/partners/index.html']) {
      const body = read(f);
      expect(body.includes(escaped) || body.includes(escaped.replace(/"/g, '&quot;').replace(/'/g, '&#39;')), f).toBe(true);
    }
  });

  it('keeps the CSV and JSON exact', () => {
    const rows = csvParse(read('data/russoft-survey.csv'));
    expect(rows.some((r) => Object.values(r).includes(label))).toBe(true);
    const doc = JSON.parse(read('data/russoft-survey.json'));
    expect(JSON.stringify(doc.data)).toContain(JSON.stringify(label).slice(1, -1));
  });

  it('gives every oEmbed file one iframe whose title is the chart title, whole', () => {
    for (const f of files(out).filter((x) => x.startsWith('oembed/'))) {
      const o = JSON.parse(read(f));
      expect(o.type, f).toBe('rich');
      const code = embedCodeParts(o.html);
      expect({ iframes: code.iframes, closed: code.closed, scripts: code.scripts.length }, f).toEqual({ iframes: 1, closed: 1, scripts: 1 });
      expect(code.title, f).toBe(o.title);
    }
    const survey = JSON.parse(read('oembed/russoft-survey.json'));
    for (const mark of TITLE_MARKS) expect(survey.title).toContain(mark);
  });

  it('keeps the embed code and the citations on the chart page whole, the hostile title inside them as text', () => {
    const fields = textareas(read('charts/russoft-survey/index.html'));
    const codes = fields.filter((t) => t.startsWith('<iframe'));
    expect(codes.length).toBeGreaterThan(0);
    for (const c of codes) {
      const code = embedCodeParts(c);
      expect(code.iframes).toBe(1);
      expect(code.closed).toBe(1);
      for (const mark of TITLE_MARKS) expect(code.title).toContain(mark);
    }
    // APA, MLA, Chicago and BibTeX each cite the chart by its title (MLA and Chicago in title case).
    const cited = fields.filter((t) => !t.startsWith('<iframe') && t.toLowerCase().includes(TITLE_MARKS[0]!));
    expect(cited.length).toBeGreaterThanOrEqual(4);
    for (const c of cited) for (const mark of TITLE_MARKS.slice(1)) expect(c.toLowerCase().replace(/\\([$&])/g, '$1'), c).toContain(mark.toLowerCase());
    expect(cited.some((c) => c.includes('US\\$\\& support')), 'BibTeX escapes $ and &').toBe(true);
  });

  it('puts the title in the classroom download as text', () => {
    const zip = unzipSync(readFileSync(join(out, 'downloads/sanctions-sidestepped-classroom.zip')));
    const readme = Object.entries(zip).find(([name]) => /readme/i.test(name));
    expect(readme, 'the classroom zip has a README').toBeDefined();
    const text = strFromU8(readme![1]);
    for (const mark of TITLE_MARKS) expect(text).toContain(mark);
  });

  it('draws "$&" and "$\'" in chart text literally in the standalone SVG, as one well-formed document', () => {
    const svg = read('charts/russoft-survey.svg');
    // A chart spliced in with String.replace reads "$&" as "the matched text" and "$'" as "what follows it".
    expect(svg).toContain('US$&amp; $');
    expect(svg).toContain('US$&amp; support');
    expect(svg.split('<?xml').length - 1).toBe(1);
    expect(svg.split('<svg').length).toBe(svg.split('</svg>').length);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/@@\w+@@/);
  });
});
