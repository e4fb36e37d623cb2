/**
 * Builds the site again, three ways, and compares: the same commit twice (byte-identical), under a
 * sub-path (BASE_PATH), and with hostile data (markup and quotes in the text).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { csvParse } from 'd3-dsv';
import { curlQuotes } from '../../src/lib/typography';
import { DIST, filesIn } from './files';

function build(outDir: string, env: Record<string, string> = {}): void {
  rmSync(outDir, { recursive: true, force: true });
  try {
    // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) in process.env; a child build
    // would take them as its own, so it gets the environment a developer's shell would give it.
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/.test(k)),
    );
    execFileSync('npx', ['astro', 'build', '--outDir', outDir], { env: { ...clean, ...env }, stdio: 'pipe' });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    const tail = `${err.stderr ?? ''}`.split('\n').filter((l) => l.trim() && !/WARN|[│╭╰─]/.test(l)).slice(-20).join('\n');
    throw new Error(`astro build --outDir ${outDir} failed:\n${tail}`);
  }
}

const files = filesIn;

describe('a second build of the same commit, fourteen hours ahead of UTC', () => {
  const again = '/tmp/sidestepped-rebuild';
  // The machine's time zone must not reach any file (zip timestamps, dates in pages and feeds).
  beforeAll(() => build(again, { TZ: 'Pacific/Kiritimati' }), 120_000);

  it('is byte-identical', () => {
    const a = files(DIST);
    expect(files(again)).toEqual(a);
    const different = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(again, f))));
    expect(different).toEqual([]);
  });
});

describe('a build under a sub-path (BASE_PATH=/sanctions/)', () => {
  const out = '/tmp/sidestepped-base';
  beforeAll(() => build(out, { BASE_PATH: '/sanctions/', SITE_URL: 'https://example.org' }), 120_000);

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
});

describe('a build with hostile data (tests/fixtures/hostile)', () => {
  const out = '/tmp/sidestepped-hostile';
  const raw = '<script>alert("x")</script> & "quoted" \'single\'';
  const shown = curlQuotes(raw);
  const escaped = shown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  beforeAll(() => build(out, { DATA_OVERRIDE_DIR: 'tests/fixtures/hostile' }), 120_000);

  const read = (f: string) => readFileSync(join(out, f), 'utf8');
  const textFiles = () => files(out).filter((f) => /\.(html|svg|json|csv|xml|txt)$/.test(f));

  it('never lets the markup through as markup', () => {
    // Inside a quoted attribute value "<" is only text; everywhere else it would start a tag.
    const outsideAttributes = (s: string) => s.replace(/="[^"]*"/g, '=""');
    const markup = textFiles().filter((f) => /\.(html|svg|xml)$/.test(f) && outsideAttributes(read(f)).includes('<script>alert('));
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
    expect(rows.some((r) => Object.values(r).includes(`Undecided ${shown}`))).toBe(true);
    const doc = JSON.parse(read('data/russoft-survey.json'));
    expect(JSON.stringify(doc.data)).toContain(JSON.stringify(`Undecided ${shown}`).slice(1, -1));
  });

  it('keeps the oEmbed files valid', () => {
    for (const f of files(out).filter((x) => x.startsWith('oembed/'))) {
      const o = JSON.parse(read(f));
      expect(o.type).toBe('rich');
      expect(o.html).not.toContain('alert(');
    }
  });
});
