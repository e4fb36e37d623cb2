/**
 * The site's validated data. Every page, chart, endpoint and test reads figures from here, so a bad
 * data file stops the build with a message that names the file, the record and the field.
 *
 * The files are imported (not read with fs) so that Vite tracks them and the same module works in
 * Astro pages, in endpoints and in Vitest. They come in as text (`?raw`) and are parsed here, so a
 * JSON syntax error names its file and line instead of ending in a bundler backtrace. DATA_OVERRIDE_DIR (tests only) swaps in files of the same
 * name from another folder, to build the site with hostile or broken fixtures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sources from '../../content/data/sources.json?raw';
import partners from '../../content/data/partners.json?raw';
import budget from '../../content/data/competence-centres.json?raw';
import survey from '../../content/data/russoft-survey.json?raw';
import foreignSoftware from '../../content/data/foreign-software.json?raw';
import timeline from '../../content/data/timeline.json?raw';
import glossary from '../../content/data/glossary.json?raw';
import classroom from '../../content/data/classroom.json?raw';
import { loadDatasets, type RawData } from './datasets';
import { parseJson } from './validate';

const texts: Record<keyof RawData, string> = {
  'sources.json': sources,
  'partners.json': partners,
  'competence-centres.json': budget,
  'russoft-survey.json': survey,
  'foreign-software.json': foreignSoftware,
  'timeline.json': timeline,
  'glossary.json': glossary,
  'classroom.json': classroom,
};
const bundled = Object.fromEntries(
  Object.entries(texts).map(([name, text]) => [name, parseJson(`content/data/${name}`, text)]),
) as unknown as RawData;

function withOverrides(raw: RawData, dir: string | undefined): RawData {
  if (!dir) return raw;
  const out = { ...raw };
  for (const name of Object.keys(raw) as (keyof RawData)[]) {
    const file = join(dir, name);
    if (existsSync(file)) out[name] = parseJson(file, readFileSync(file, 'utf8'));
  }
  return out;
}

export const data = loadDatasets(withOverrides(bundled, process.env['DATA_OVERRIDE_DIR']));

export type { Datasets } from './datasets';
