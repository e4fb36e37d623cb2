/**
 * One language's data, made from the English datasets and the language's files
 * (content/data/<lang>/: texts.json, glossary.json, classroom.json). Pure, so tests give it
 * fixtures; src/data/index.ts gives it the files it found.
 */
import type { Datasets } from './datasets';
import { DataError, parseDataset, assertUniqueIds, assertKnownSources } from './validate';
import { assertSameIds, assertTranslatedFiles, translateRecords } from './translate';
import { glossarySchema } from '../schemas/glossary';
import { classroomListSchema } from '../schemas/classroom';
import type { Partner } from '../schemas/partners';

/** A language's data files by name, parsed (e.g. `{ 'texts.json': {...}, 'glossary.json': [...] }`). */
export type LanguageFiles = Readonly<Record<string, unknown>>;
const FILES = ['texts.json', 'glossary.json', 'classroom.json'] as const;

/** ISO's names for a language, by alpha-2 code: one name, or several with the usual one first. */
export type CountryNames = Readonly<Record<string, string | readonly string[]>>;

function countryName(textsFile: string, p: Partner, english: Partner, iso: CountryNames | undefined): string {
  // texts.json's own name wins ("Russland", not ISO's "Russische Föderation").
  if (p.name !== english.name) return p.name;
  const n = iso?.[p.alpha2];
  const name = typeof n === 'string' ? n : n?.[0];
  if (!name)
    throw new DataError(
      `${textsFile} has 1 problem:\n  - partners.json, record "${p.id}", field "name": i18n-iso-countries has no name for ${p.alpha2} in this language: give one`,
    );
  return name;
}

export function translateDatasets(lang: string, en: Datasets, files: LanguageFiles, isoNames: CountryNames | undefined): Datasets {
  const at = (f: string) => `content/data/${lang}/${f}`;
  for (const f of FILES) if (files[f] === undefined) throw new DataError(`${at(f)} is missing: the language "${lang}" needs it (content/data/de/ is one)`);
  const extra = Object.keys(files).filter((f) => !(FILES as readonly string[]).includes(f));
  if (extra.length) throw new DataError(`${at(extra[0]!)}: no such file is read for a language (known: ${FILES.join(', ')})`);

  const textsFile = at('texts.json');
  const texts = files['texts.json'];
  assertTranslatedFiles(textsFile, texts);
  const known = new Set(en.sources.map((s) => s.id));

  const glossary = parseDataset(at('glossary.json'), glossarySchema, files['glossary.json']);
  assertUniqueIds(at('glossary.json'), glossary);
  assertSameIds(at('glossary.json'), en.glossary, glossary);
  assertKnownSources(at('glossary.json'), glossary, known);

  const classroom = parseDataset(at('classroom.json'), classroomListSchema, files['classroom.json']);
  assertUniqueIds(at('classroom.json'), classroom);
  assertSameIds(at('classroom.json'), en.classroom, classroom);
  assertKnownSources(at('classroom.json'), classroom, known);

  const partners = translateRecords(textsFile, 'partners.json', en.partners, texts['partners.json']);
  return {
    sources: translateRecords(textsFile, 'sources.json', en.sources, texts['sources.json']),
    partners: partners.map((p, i) => ({ ...p, name: countryName(textsFile, p, en.partners[i]!, isoNames) })),
    budget: translateRecords(textsFile, 'competence-centres.json', en.budget, texts['competence-centres.json']),
    survey: translateRecords(textsFile, 'russoft-survey.json', en.survey, texts['russoft-survey.json']),
    foreignSoftware: translateRecords(textsFile, 'foreign-software.json', en.foreignSoftware, texts['foreign-software.json']),
    timeline: translateRecords(textsFile, 'timeline.json', en.timeline, texts['timeline.json']),
    // In the English order, so lists and pages line up across languages.
    glossary: en.glossary.map((e) => glossary.find((g) => g.id === e.id)!),
    classroom: en.classroom.map((e) => classroom.find((c) => c.id === e.id)!),
  };
}
