/**
 * knip (part of `npm test`): files nothing reaches, exports nobody imports, dependencies nobody
 * uses or nobody declared. Knip's Astro, Vitest and Playwright plugins already start from the
 * pages, endpoints, content config, astro.config.mjs, both Vitest configs and every test; this file
 * names only the entry points they cannot know about, and what lives outside the module graph.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // The articles collection of every language (src/content.config.ts loads them by glob).
    'content/articles/**/*.mdx',
    // Bundled by path with esbuild in scripts/bench.mjs: Observable Plot drawing two charts, the
    // peer the benchmark compares our prerendered SVGs with.
    'scripts/bench-peers/*.js',
    // One file per language, found with import.meta.glob (a language is files, never an import).
    'src/charts/*/messages/*.ts',
    'src/charts/shared/messages/*.ts',
    'src/data/figure-words/*.ts',
    'src/exports/messages/*.ts',
  ],
  project: [
    '**/*.{ts,mjs,js,astro,mdx}',
    // Served byte for byte from the site's root, never imported: the host script for embeds.
    '!public/**',
    // Articles the tests build fixture sites from, not modules.
    '!tests/fixtures/**/*.mdx',
  ],
  // Only a file that leaks a name to other modules counts; a name exported and also used in its
  // own file (a schema part, a constant its tests may read) is one module's design, not dead code.
  ignoreExportsUsedInFile: true,
  // Tools the tests run from the machine (Debian packages that .ci/run installs), not npm.
  ignoreBinaries: ['w3m', 'pdftotext', 'bibtex', 'biber'],
  ignoreDependencies: [
    // The web fonts are read from node_modules by path in astro.config.mjs (Astro's local font
    // provider takes file paths), and the PNG font by a computed require.resolve in
    // src/exports/fonts.ts: no import names the packages.
    '@fontsource-variable/source-sans-3',
    // The fonts chart text is measured with (src/charts/shared/chart-font.ts), also by path.
    '@expo-google-fonts/arimo',
    '@expo-google-fonts/source-sans-3',
  ],
};

export default config;
