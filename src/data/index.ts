/**
 * The site's validated data. Every page, chart, endpoint and test reads figures from here, so a bad
 * data file stops the build with a message that names the file, the record and the field.
 *
 * The files are imported (not read with fs) so that Vite tracks them and the same module works in
 * Astro pages, in endpoints and in Vitest. They come in as text (`?raw`) and are parsed here, so a
 * JSON syntax error names its file and line instead of ending in a bundler backtrace. Tests build
 * the site with other data by swapping these files in a copy of the project
 * (scripts/lib/fixture-project.mjs).
 */
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
const raw = Object.fromEntries(
  Object.entries(texts).map(([name, text]) => [name, parseJson(`content/data/${name}`, text)]),
) as unknown as RawData;

export const data = loadDatasets(raw);

export type { Datasets } from './datasets';
