/**
 * The site's validated data. Every page, chart, endpoint and test reads figures from here, so a bad
 * data file stops the build with a message that names the file, the record and the field.
 *
 * The files are imported (not read with fs) so that Vite tracks them and the same module works in
 * Astro pages, in endpoints and in Vitest.
 */
import sources from '../../content/data/sources.json';
import partners from '../../content/data/partners.json';
import budget from '../../content/data/competence-centres.json';
import survey from '../../content/data/russoft-survey.json';
import foreignSoftware from '../../content/data/foreign-software.json';
import timeline from '../../content/data/timeline.json';
import glossary from '../../content/data/glossary.json';
import classroom from '../../content/data/classroom.json';
import { loadDatasets } from './datasets';

export const data = loadDatasets({
  'sources.json': sources,
  'partners.json': partners,
  'competence-centres.json': budget,
  'russoft-survey.json': survey,
  'foreign-software.json': foreignSoftware,
  'timeline.json': timeline,
  'glossary.json': glossary,
  'classroom.json': classroom,
});

export type { Datasets } from './datasets';
