/**
 * A language's data (src/data/translate.ts, language.ts): texts.json merged onto the English
 * records by id, and every mismatch stopping the build with file, record and field. Fixtures only.
 */
import { describe, expect, test } from 'vitest';
import { assertSameIds, assertTranslatedFiles, translateRecords } from '../../src/data/translate';
import { translateDatasets } from '../../src/data/language';
import type { Datasets } from '../../src/data/datasets';

const FILE = 'content/data/xx/texts.json';
const timeline = [
  { id: 'a', start: '2020', category: 'policy', title: 'A title', summary: 'A summary', sources: ['s'] },
  { id: 'b', start: '2021', category: 'policy', title: 'B title', summary: 'B summary', dateLabel: 'Early 2021', sources: ['s'] },
];
const texts = {
  a: { title: 'A-Titel', summary: 'A-Zusammenfassung' },
  b: { title: 'B-Titel', summary: 'B-Zusammenfassung', dateLabel: 'Anfang 2021' },
};
const survey = { id: 'sv', question: 'Q?', respondents: 'people', fielded: 'then', answers: [{ id: 'yes', label: 'Yes', percent: 60 }, { id: 'no', label: 'No', percent: 40 }] };
const surveyTexts = { sv: { question: 'F?', respondents: 'Leute', fielded: 'damals', answers: { yes: { label: 'Ja' }, no: { label: 'Nein' } } } };

const fails = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('did not fail');
};

describe('texts.json merged onto the English records', () => {
  test('replaces the text fields and keeps everything else', () => {
    const out = translateRecords(FILE, 'timeline.json', timeline, texts);
    expect(out.map((e) => [e.title, e.summary, e.start, e.sources])).toEqual([
      ['A-Titel', 'A-Zusammenfassung', '2020', ['s']],
      ['B-Titel', 'B-Zusammenfassung', '2021', ['s']],
    ]);
    expect(out[1]!.dateLabel).toBe('Anfang 2021');
    const s = translateRecords(FILE, 'russoft-survey.json', survey, surveyTexts);
    expect(s.answers.map((a) => [a.id, a.label, a.percent])).toEqual([['yes', 'Ja', 60], ['no', 'Nein', 40]]);
  });

  test('a record without an English counterpart names file and record', () => {
    expect(fails(() => translateRecords(FILE, 'timeline.json', timeline, { ...texts, c: { title: 'C' } }))).toMatch(
      /content\/data\/xx\/texts\.json has 1 problem:\n {2}- timeline\.json, record "c", field "\(the record\)": content\/data\/timeline\.json has no record "c"/,
    );
  });

  test('a field the English record does not have names record and field', () => {
    const m = fails(() => translateRecords(FILE, 'timeline.json', timeline, { ...texts, a: { ...texts.a, dateLabel: 'Anfang 2020' } }));
    expect(m).toContain('timeline.json, record "a", field "dateLabel": the English record has no text field "dateLabel" to translate');
    expect(fails(() => translateRecords(FILE, 'timeline.json', timeline, { ...texts, a: { ...texts.a, start: '1999' } }))).toContain('record "a", field "start"');
  });

  test('an English text without a translation names record and field, nested ones too', () => {
    expect(fails(() => translateRecords(FILE, 'timeline.json', timeline, { ...texts, b: { title: 'B', summary: 'B' } }))).toContain(
      'timeline.json, record "b", field "dateLabel": has no translation',
    );
    expect(fails(() => translateRecords(FILE, 'timeline.json', timeline, { a: texts.a }))).toContain('record "b", field "(the record)": has no translation');
    expect(fails(() => translateRecords(FILE, 'russoft-survey.json', survey, { sv: { ...surveyTexts.sv, answers: { yes: { label: 'Ja' } } } }))).toContain(
      'russoft-survey.json, record "sv", field "answers.no": has no translation',
    );
    expect(fails(() => translateRecords(FILE, 'russoft-survey.json', survey, { sv: { ...surveyTexts.sv, answers: { ...surveyTexts.sv.answers, maybe: { label: 'Vielleicht' } } } }))).toContain(
      'field "answers.maybe": the English list has no record "maybe"',
    );
  });

  test('a list of another length names the field', () => {
    const partners = [{ id: 'p', name: 'P', alpha2: 'DE', role: 'r', notes: ['one', 'two'], eaeu: { status: 'none' }, brics: { status: 'none' }, oecd: { status: 'member', note: 'Founder.' } }];
    const ok = { p: { role: 'R', notes: ['eins', 'zwei'], oecd: { note: 'Gründer.' } } };
    expect(translateRecords(FILE, 'partners.json', partners, ok)[0]).toMatchObject({ role: 'R', notes: ['eins', 'zwei'], oecd: { status: 'member', note: 'Gründer.' } });
    expect(fails(() => translateRecords(FILE, 'partners.json', partners, { p: { ...ok.p, notes: ['eins'] } }))).toContain('record "p", field "notes": has 1 entries, the English 2');
    expect(fails(() => translateRecords(FILE, 'partners.json', partners, { p: { role: 'R', notes: ['eins', 'zwei'] } }))).toContain('record "p", field "oecd": has no translation');
  });

  test('texts.json must cover exactly the data files with text', () => {
    expect(fails(() => assertTranslatedFiles(FILE, { 'timeline.json': {} }))).toMatch(/"partners\.json": missing/);
    expect(fails(() => assertTranslatedFiles(FILE, { 'timelines.json': {} }))).toContain('"timelines.json": no such data file');
  });

  test('a glossary or classroom file with other ids than English names them', () => {
    const m = fails(() => assertSameIds('content/data/xx/glossary.json', [{ id: 'a' }, { id: 'b' }], [{ id: 'a' }, { id: 'c' }]));
    expect(m).toContain('content/data/xx/glossary.json has 2 problems');
    expect(m).toContain('record "c": the English file has no record "c"');
    expect(m).toContain('record "b": missing');
  });

  test('a missing language file names it', () => {
    expect(fails(() => translateDatasets('xx', {} as Datasets, { 'texts.json': {}, 'glossary.json': [] }, undefined))).toBe(
      'content/data/xx/classroom.json is missing: the language "xx" needs it (content/data/de/ is one)',
    );
  });
});
