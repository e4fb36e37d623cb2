// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
// Every relative import this file reaches names its file, `.ts` included
// (tests/unit/config-loads-in-node.test.ts): Node then loads the config itself, types stripped,
// and Astro does not start a Vite server only to read it.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { webFonts } from './src/integrations/web-fonts.ts';
import { unusedCss } from './src/integrations/unused-css.ts';
import { pageScript } from './src/integrations/page-script.ts';
import { deployTarget } from './src/integrations/deploy-target.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { articleGuard } from './src/integrations/article-guard.ts';
import { footnoteLabels } from './src/integrations/footnote-labels.ts';
import { blockSize } from './src/integrations/block-size.ts';
import { registryIds } from './src/charts/registry-ids.ts';
import { siteLanguages } from './src/i18n/site-languages.ts';
import { languageNotFound } from './src/integrations/language-404.ts';
import { sitemapAlternates } from './src/i18n/sitemap-alternates.ts';

// Where the site is deployed. Both default to a local root so that `npm start` works as is;
// a host sets them (SITE_URL=https://example.org BASE_PATH=/sanctions/) to build for a sub-path.
// PORT moves the local preview and dev server (`PORT=5000 npm start`).
// A malformed value stops the build here, naming the variable.
const { site, base, local, port } = deployTarget(process.env);

// The languages are the files in src/i18n/languages/ (read here with fs: the config cannot use
// import.meta.glob), English first and at the site root, every other one under /<code>/.
const { locales, defaultLocale, hreflangs } = siteLanguages(new URL('./src/i18n/languages/', import.meta.url));
// Each language's words for the articles' footnotes, from its file in src/i18n/languages/.
const footnoteWords = Object.fromEntries(
  await Promise.all(locales.map(async (l) => [l, (await import(`./src/i18n/languages/${l}.ts`)).default.ui.article])),
);

/** @type {import('astro').AstroIntegration} */
const localSiteNotice = {
  name: 'site-url',
  hooks: {
    'astro:build:done': ({ logger }) => {
      if (local)
        logger.warn(`SITE_URL is not set: embed codes, citations, oEmbed and PNG credits point at ${site}. Set SITE_URL when building for a host.`);
    },
  },
};

const sans = './node_modules/@fontsource-variable/source-sans-3/files/source-sans-3';
// The same ranges fontsource uses, so a page with only Latin text loads one file.
const latin =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const latinExt =
  'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  i18n: { locales, defaultLocale, routing: { prefixDefaultLocale: false } },
  // No code blocks in the articles, and Shiki's inline styles would need 'unsafe-inline' in the CSP.
  markdown: {
    syntaxHighlight: false,
    // Articles may use only the components and inline elements they need, and only charts the registry has.
    processor: satteri({
      mdastPlugins: [articleGuard({ chartIds: registryIds(new URL('./src/charts/registry.ts', import.meta.url)) })],
      hastPlugins: [footnoteLabels({ words: footnoteWords, defaultLang: defaultLocale, articles: new URL('./content/articles/', import.meta.url) }), blockSize()],
    }),
  },
  // Every stylesheet inline: a page paints with its first response, no render-blocking request
  // (the CSS is a few KB compressed, less than one round trip on a slow phone network). Astro puts
  // each inline style's hash in the page's CSP.
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { port },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's content-assets plugin (astro/dist/content/vite-plugin-content-assets.js) opens
          // the module it writes for each rendered article with "use astro:head-inject", a marker
          // that nothing reads (Astro finds head propagation through `__astroPropagation`), and
          // Rolldown warns once per article that bundling drops it. Only that warning is silenced.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    // German article slugs differ from the English ones, so the alternates come from the articles'
    // `translationOf` (sitemapAlternates), not from matching paths as the i18n option alone would.
    sitemap({
      filter: (page) => !page.includes('/embed/') && !/\/404\/$/.test(page),
      i18n: { defaultLocale, locales: hreflangs },
      serialize: sitemapAlternates({ site, base, defaultLocale, locales, articles: new URL('./content/articles/', import.meta.url) }),
    }),
    // Before the integrations that read every built page: it moves /<lang>/404/ to /<lang>/404.html.
    languageNotFound({ locales, defaultLocale }),
    // Before unusedCss, which reads the scripts each page loads.
    pageScript(),
    // These two rewrite inline styles, and so the hashes in each page's CSP: before securityHeaders,
    // which copies each page's CSP into _headers. Unused rules go first, so that the fonts are cut
    // to the characters the remaining CSS can still generate.
    unusedCss(),
    webFonts({
      licences: {
        'LICENSE-source-sans-3.txt': './node_modules/@fontsource-variable/source-sans-3/LICENSE',
      },
    }),
    securityHeaders(),
    localSiteNotice,
  ],
  // One web font: Source Sans 3, the UI and chart font (chart labels are laid out with its widths).
  // Reading text is set in the reader's own serif: Source Serif 4, subset to the site's characters,
  // weighed 19 KB upright and 21 KB italic, two thirds of an article's budget, for body text that
  // `font-display: optional` shows in the fallback serif on most first visits anyway.
  fonts: [
    {
      // The UI and chart font, the same Source Sans 3 that the PNGs, SVGs and Open Graph cards use.
      // Astro derives a metric-matched local fallback (size-adjust, ascent-override) from Arial,
      // so text does not move when the font arrives.
      provider: fontProviders.local(),
      name: 'Source Sans 3',
      cssVariable: '--font-sans',
      fallbacks: ['Arial', 'sans-serif'],
      display: 'optional',
      options: {
        variants: [
          { src: [`${sans}-latin-wght-normal.woff2`], weight: '200 900', style: 'normal', unicodeRange: [latin] },
          { src: [`${sans}-latin-ext-wght-normal.woff2`], weight: '200 900', style: 'normal', unicodeRange: [latinExt] },
        ],
      },
    },
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
