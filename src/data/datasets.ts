import { parseDataset, assertUniqueIds, assertUnique, assertEach, assertKnownSources, assertSumsTo100, assertKnownId } from './validate';
import { countryCodeProblems } from './country-codes';
import { sourcesSchema, type Source } from '../schemas/sources';
import { partnersSchema, type Partner } from '../schemas/partners';
import { budgetSchema, type Budget } from '../schemas/budget';
import { surveySchema, type Survey } from '../schemas/survey';
import { foreignSoftwareSchema, type SoftwareEstimate } from '../schemas/foreign-software';
import { timelineSchema, type TimelineEvent } from '../schemas/timeline';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary';
import { classroomListSchema, type Classroom } from '../schemas/classroom';

/** The raw contents of every data file, keyed by file name, as read from content/data/. */
export interface RawData {
  'sources.json': unknown;
  'partners.json': unknown;
  'competence-centres.json': unknown;
  'russoft-survey.json': unknown;
  'foreign-software.json': unknown;
  'timeline.json': unknown;
  'glossary.json': unknown;
  'classroom.json': unknown;
}

export interface Datasets {
  sources: Source[];
  partners: Partner[];
  budget: Budget;
  survey: Survey;
  foreignSoftware: SoftwareEstimate[];
  timeline: TimelineEvent[];
  glossary: GlossaryTerm[];
  classroom: Classroom[];
}

const at = (file: string) => `content/data/${file}`;

/**
 * Validates every dataset and the links between them. Throws a DataError that names the file, the
 * record and the field at the first file that breaks a rule, so `astro build` stops there.
 */
export function loadDatasets(raw: RawData): Datasets {
  const sources = parseDataset(at('sources.json'), sourcesSchema, raw['sources.json']);
  assertUniqueIds(at('sources.json'), sources);
  const known = new Set(sources.map((s) => s.id));

  const partners = parseDataset(at('partners.json'), partnersSchema, raw['partners.json']);
  assertUniqueIds(at('partners.json'), partners);
  // Codes against each other first: an edited code then shows on the record that was edited,
  // not as a duplicate on the country it now copies.
  assertEach(at('partners.json'), partners, countryCodeProblems);
  for (const key of ['alpha2', 'alpha3', 'numeric'] as const) assertUnique(at('partners.json'), partners, key);
  assertKnownSources(at('partners.json'), partners, known);

  const budget = parseDataset(at('competence-centres.json'), budgetSchema, raw['competence-centres.json']);
  assertUniqueIds(at('competence-centres.json'), budget.rates);
  assertUniqueIds(at('competence-centres.json'), budget.reportedCounts);
  assertKnownSources(
    at('competence-centres.json'),
    [budget, ...budget.rates.map((r, i) => ({ ...r, path: `rates[${i}]` })), ...budget.reportedCounts.map((c, i) => ({ ...c, path: `reportedCounts[${i}]` }))],
    known,
  );

  const survey = parseDataset(at('russoft-survey.json'), surveySchema, raw['russoft-survey.json']);
  assertUniqueIds(at('russoft-survey.json'), survey.answers);
  assertSumsTo100(at('russoft-survey.json'), survey.id, 'answers[].percent', survey.answers.map((a) => a.percent));
  assertKnownId(at('russoft-survey.json'), survey.id, 'highlight', survey.highlight, survey.answers.map((a) => a.id));
  assertKnownSources(at('russoft-survey.json'), [survey], known);

  const foreignSoftware = parseDataset(at('foreign-software.json'), foreignSoftwareSchema, raw['foreign-software.json']);
  assertUniqueIds(at('foreign-software.json'), foreignSoftware);
  assertKnownSources(at('foreign-software.json'), foreignSoftware, known);

  const timeline = parseDataset(at('timeline.json'), timelineSchema, raw['timeline.json']);
  assertUniqueIds(at('timeline.json'), timeline);
  assertKnownSources(at('timeline.json'), timeline, known);

  const glossary = parseDataset(at('glossary.json'), glossarySchema, raw['glossary.json']);
  assertUniqueIds(at('glossary.json'), glossary);
  assertKnownSources(at('glossary.json'), glossary, known);

  const classroom = parseDataset(at('classroom.json'), classroomListSchema, raw['classroom.json']);
  assertUniqueIds(at('classroom.json'), classroom);
  assertKnownSources(at('classroom.json'), classroom, known);

  return { sources, partners, budget, survey, foreignSoftware, timeline, glossary, classroom };
}
