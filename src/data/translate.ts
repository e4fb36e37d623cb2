/**
 * Puts a language's texts (content/data/<lang>/texts.json) onto the English records, by file and
 * record id. The English records stay the one place for numbers, codes, dates and sources; a
 * translation can only replace the fields named here as text meant for people. Anything else fails
 * the build naming the file, the record and the field: a record or field the English does not have,
 * an English text with no translation, a list of another length.
 */
import { DataError } from './validate';

/**
 * Which fields of a record are text for people:
 * - `text`: must be translated wherever the English record has it (a string or a list of strings);
 * - `optional`: may be translated; otherwise something else supplies it (country names from
 *   i18n-iso-countries) or the English stays (a publisher without a name in the language);
 * - a nested object of such fields (`eaeu: { note }`);
 * - `{ each }`: a list of records with ids, translated as an object keyed by those ids.
 */
type FieldRule = 'text' | 'optional' | { each: FieldRules } | { fields: FieldRules };
export type FieldRules = Readonly<Record<string, FieldRule>>;

/** The text fields of every data file that texts.json translates; a file not listed has no texts there. */
export const TEXT_FIELDS = {
  'timeline.json': { title: 'text', summary: 'text', dateLabel: 'text' },
  'russoft-survey.json': { question: 'text', respondents: 'text', fielded: 'text', answers: { each: { label: 'text' } } },
  'foreign-software.json': { label: 'text', scope: 'text', who: 'text', note: 'text' },
  'competence-centres.json': {
    centresNote: 'text',
    announcedBy: 'text',
    terms: 'text',
    reportedCounts: { each: { label: 'text' } },
    rates: { each: { label: 'text' } },
  },
  'partners.json': {
    name: 'optional',
    role: 'text',
    notes: 'text',
    eaeu: { fields: { note: 'text' } },
    brics: { fields: { note: 'text' } },
    oecd: { fields: { note: 'text' } },
  },
  'sources.json': { covers: 'text', note: 'text', topic: 'text', publisher: 'optional' },
  // The map story's screen-reader lines (src/data/story.ts merges them; Datasets does not carry the story).
  'story-partners.json': { say: 'text' },
} as const satisfies Record<string, FieldRules>;
export type TranslatedFile = keyof typeof TEXT_FIELDS;

interface Problem {
  record: string;
  field: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** One record's fields merged; `problems` collects what does not fit, with the field's path. */
function mergeFields(english: Record<string, unknown>, given: unknown, rules: FieldRules, at: string, problems: (field: string, message: string) => void): Record<string, unknown> {
  const out: Record<string, unknown> = { ...english };
  const path = (k: string) => (at ? `${at}.${k}` : k);
  if (!isObject(given)) {
    problems(at || '(the record)', 'must be an object of translated fields');
    return out;
  }
  for (const k of Object.keys(given))
    if (!(k in rules) || english[k] === undefined) problems(path(k), `the English record has no text field "${k}" to translate`);
  for (const [k, rule] of Object.entries(rules)) {
    const en = english[k];
    // An empty list (a partner without notes) has nothing to translate.
    if (en === undefined || (Array.isArray(en) && en.length === 0 && given[k] === undefined)) continue;
    const tr = given[k];
    if (rule === 'text' || rule === 'optional') {
      if (tr === undefined) {
        if (rule === 'text') problems(path(k), 'has no translation');
      } else if (typeof en === 'string') {
        if (typeof tr === 'string') out[k] = tr;
        else problems(path(k), 'must be a string, as in English');
      } else if (isTextList(en)) {
        if (!isTextList(tr)) problems(path(k), 'must be a list of strings, as in English');
        else if (tr.length !== en.length) problems(path(k), `has ${tr.length} entries, the English ${en.length}: translate each one, in the same order`);
        else out[k] = tr;
      }
    } else if ('fields' in rule) {
      if (!isObject(en)) continue;
      const needs = Object.entries(rule.fields).some(([f, r]) => r === 'text' && en[f] !== undefined);
      if (tr === undefined) {
        if (needs) problems(path(k), 'has no translation');
      } else out[k] = mergeFields(en, tr, rule.fields, path(k), problems);
    } else {
      if (!Array.isArray(en)) continue;
      const items = en as { id: string }[];
      if (tr === undefined) {
        problems(path(k), 'has no translation');
        continue;
      }
      if (!isObject(tr)) {
        problems(path(k), 'must be an object keyed by the ids of the English list');
        continue;
      }
      for (const id of Object.keys(tr))
        if (!items.some((i) => i.id === id)) problems(`${path(k)}.${id}`, `the English list has no record "${id}"`);
      out[k] = items.map((item) => {
        if (tr[item.id] === undefined) {
          problems(`${path(k)}.${item.id}`, 'has no translation');
          return item;
        }
        return mergeFields(item, tr[item.id], rule.each, `${path(k)}.${item.id}`, problems);
      });
    }
  }
  return out;
}

/**
 * A data file's records (a list with ids, or one record with an id) with their text in another
 * language. `texts` is the file's object in texts.json (record id → fields); `file` names
 * texts.json in errors.
 */
export function translateRecords<T>(textsFile: string, dataFile: TranslatedFile, english: T, texts: unknown): T {
  const problems: Problem[] = [];
  const rules: FieldRules = TEXT_FIELDS[dataFile];
  const records = (Array.isArray(english) ? english : [english]) as Record<string, unknown>[];
  const ids = records.map((r) => String(r.id));
  const given = isObject(texts) ? texts : {};
  if (!isObject(texts)) problems.push({ record: '(the file)', field: dataFile, message: 'has no translations: give an object keyed by record id' });
  for (const id of Object.keys(given))
    if (!ids.includes(id)) problems.push({ record: `"${id}"`, field: '(the record)', message: `content/data/${dataFile} has no record "${id}"` });
  const merged = records.map((r) => {
    const id = String(r.id);
    if (isObject(texts) && given[id] === undefined) {
      problems.push({ record: `"${id}"`, field: '(the record)', message: `has no translation of ${dataFile}'s record` });
      return r;
    }
    if (given[id] === undefined) return r;
    return mergeFields(r, given[id], rules, '', (field, message) => problems.push({ record: `"${id}"`, field: field, message }));
  });
  if (problems.length) {
    const lines = problems.map((p) => `  - ${dataFile}, record ${p.record}, field "${p.field}": ${p.message}`);
    throw new DataError(`${textsFile} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
  }
  return (Array.isArray(english) ? merged : merged[0]) as T;
}

/** Fails unless texts.json translates exactly the files listed in TEXT_FIELDS. */
export function assertTranslatedFiles(textsFile: string, texts: unknown): asserts texts is Record<TranslatedFile, unknown> {
  if (!isObject(texts)) throw new DataError(`${textsFile} must be an object keyed by data file name (${Object.keys(TEXT_FIELDS).join(', ')})`);
  const problems = [
    ...Object.keys(texts).filter((f) => !(f in TEXT_FIELDS)).map((f) => `  - "${f}": no such data file has text to translate (known: ${Object.keys(TEXT_FIELDS).join(', ')})`),
    ...Object.keys(TEXT_FIELDS).filter((f) => !(f in texts)).map((f) => `  - "${f}": missing: every text of content/data/${f} needs a translation`),
  ];
  if (problems.length) throw new DataError(`${textsFile} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
}

/** Fails unless a translated list (glossary, classroom) has exactly the English ids. */
export function assertSameIds(file: string, english: readonly { id: string }[], translated: readonly { id: string }[]): void {
  const en = new Set(english.map((r) => r.id));
  const tr = new Set(translated.map((r) => r.id));
  const problems = [
    ...[...tr].filter((id) => !en.has(id)).map((id) => `  - record "${id}": the English file has no record "${id}"`),
    ...[...en].filter((id) => !tr.has(id)).map((id) => `  - record "${id}": missing: the English record "${id}" has no translation`),
  ];
  if (problems.length) throw new DataError(`${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
}
