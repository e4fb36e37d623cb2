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
import { loadDatasets, type Datasets, type RawData } from './datasets';
import { parseJson } from './validate';
import { translateDatasets, type LanguageFiles } from './language';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/locale';

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

/** The English data: what every language's data is made from. */
export const data = loadDatasets(raw);

/** Every language's data files (content/data/<lang>/*.json), found by folder, so a language is files. */
const LANGUAGE_TEXTS = import.meta.glob<string>('../../content/data/*/*.json', { query: '?raw', import: 'default', eager: true });
const filesOf = (lang: Lang): LanguageFiles => {
  const files: Record<string, unknown> = {};
  for (const [path, text] of Object.entries(LANGUAGE_TEXTS)) {
    const m = /\/content\/data\/([^/]+)\/([^/]+)$/.exec(path);
    if (m?.[1] === lang) files[m[2]!] = parseJson(`content/data/${lang}/${m[2]}`, text);
  }
  return files;
};

/**
 * ISO's country names per language (i18n-iso-countries' langs/<lang>.json), loaded only for the
 * site's languages; a language the package lacks gets its names from texts.json alone.
 */
const NAME_FILES = import.meta.glob<{ default: { countries: Record<string, string | string[]> } }>('../../node_modules/i18n-iso-countries/langs/*.json');
const COUNTRY_NAMES: Record<Lang, Record<string, string | string[]> | undefined> = Object.fromEntries(
  await Promise.all(
    LANGS.map(async (lang) => {
      const load = Object.entries(NAME_FILES).find(([path]) => path.endsWith(`/langs/${lang}.json`))?.[1];
      return [lang, load ? (await load()).default.countries : undefined] as const;
    }),
  ),
);

const cache = new Map<Lang, Datasets>();
/**
 * The data in a language: the English records with that language's texts merged on by id
 * (content/data/<lang>/texts.json), its glossary and classroom files, and country names from ISO
 * with texts.json's overrides. Fails naming file, record and field for anything missing or extra.
 */
export function dataFor(lang: Lang): Datasets {
  if (lang === DEFAULT_LANG) return data;
  let d = cache.get(lang);
  if (!d) cache.set(lang, (d = translateDatasets(lang, data, filesOf(lang), COUNTRY_NAMES[lang])));
  return d;
}

export type { Datasets } from './datasets';
