// The language folders of a build: each top-level folder with a front page and articles of its own
// (dist/de/), not the other short folders (dist/og/ holds only images).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The build's other languages' folder names, sorted ("de"); the default language is the site root. */
export const languageFolders = (dist) =>
  readdirSync(dist)
    .filter((d) => /^[a-z]{2,3}$/.test(d) && existsSync(join(dist, d, 'index.html')) && existsSync(join(dist, d, 'articles')))
    .sort();
