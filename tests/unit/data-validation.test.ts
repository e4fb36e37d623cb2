import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasets, type RawData } from '../../src/data/datasets';
import { DataError, parseJson } from '../../src/data/validate';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const FILES: (keyof RawData)[] = [
  'sources.json',
  'partners.json',
  'competence-centres.json',
  'russoft-survey.json',
  'foreign-software.json',
  'timeline.json',
  'glossary.json',
  'classroom.json',
];
const realData = (): RawData =>
  Object.fromEntries(FILES.map((f) => [f, read(`content/data/${f}`)])) as unknown as RawData;

/** The real data with one file replaced by a broken fixture. */
const withFixture = (file: keyof RawData, fixture: string): RawData => ({
  ...realData(),
  [file]: read(`tests/fixtures/bad-data/${fixture}`),
});

const errorOf = (raw: RawData): DataError => {
  try {
    loadDatasets(raw);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('loadDatasets accepted bad data');
};

describe('loadDatasets', () => {
  it('accepts the real data files', () => {
    const d = loadDatasets(realData());
    expect(d.partners.length).toBeGreaterThan(0);
    expect(d.sources.map((s) => s.id)).toContain('dabrowska-2024');
  });

  it('rejects a malformed country code, naming the file, the record and the field', () => {
    const { message } = errorOf(withFixture('partners.json', 'partners-bad-alpha3.json'));
    expect(message).toContain('content/data/partners.json');
    expect(message).toContain('record "china"');
    expect(message).toContain('field "alpha3"');
    expect(message).toMatch(/alpha-3/);
  });

  it('rejects a source id that the bibliography does not have', () => {
    const { message } = errorOf(withFixture('partners.json', 'partners-unknown-source.json'));
    expect(message).toContain('content/data/partners.json');
    expect(message).toContain('record "china"');
    expect(message).toContain('field "sources[1]"');
    expect(message).toContain('unknown source id "tass-2099"');
  });

  it('rejects two records with the same id', () => {
    const { message } = errorOf(withFixture('partners.json', 'partners-duplicate-id.json'));
    expect(message).toContain('content/data/partners.json');
    expect(message).toContain('record "china" (item 2)');
    expect(message).toContain('field "id"');
    expect(message).toContain('duplicate id');
  });

  it('rejects a record with a missing field', () => {
    const { message } = errorOf(withFixture('timeline.json', 'timeline-missing-field.json'));
    expect(message).toContain('content/data/timeline.json');
    expect(message).toContain('record "sovereignty-speech" (item 1)');
    expect(message).toContain('field "title"');
  });

  it('rejects a date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const { message } = errorOf(withFixture('timeline.json', 'timeline-bad-date.json'));
    expect(message).toContain('record "invasion"');
    expect(message).toContain('field "start"');
    expect(message).toContain('YYYY-MM-DD');
  });

  it('rejects a percentage distribution that does not add up to 100', () => {
    const { message } = errorOf(withFixture('russoft-survey.json', 'survey-bad-sum.json'));
    expect(message).toContain('content/data/russoft-survey.json');
    expect(message).toContain('record "russoft-survey"');
    expect(message).toContain('field "answers[].percent"');
    expect(message).toContain('add up to 99');
  });

  it('tolerates rounding within ±0.1 of 100', () => {
    const raw = realData();
    const survey = structuredClone(raw['russoft-survey.json']) as { answers: { percent: number }[] };
    survey.answers[0]!.percent += 0.1;
    expect(() => loadDatasets({ ...raw, 'russoft-survey.json': survey })).not.toThrow();
    survey.answers[0]!.percent += 0.05;
    expect(() => loadDatasets({ ...raw, 'russoft-survey.json': survey })).toThrow(DataError);
  });

  it('rejects the same country twice under another id, naming the record that repeats it and the field', () => {
    const raw = realData();
    const partners = structuredClone(raw['partners.json']) as Record<string, unknown>[];
    const [first, second] = partners as [Record<string, unknown>, Record<string, unknown>];
    for (const k of ['name', 'alpha2', 'alpha3', 'numeric']) second[k] = first[k];
    const { message } = errorOf({ ...raw, 'partners.json': partners });
    expect(message).toContain(`record "${second['id']}" (item 2), field "alpha2": duplicate alpha2 "${first['alpha2']}"`);
    expect(message).toContain(`item 1 ("${first['id']}") has it too`);
  });

  it('reports a code copied from another country on the record that was edited', () => {
    const raw = realData();
    const partners = structuredClone(raw['partners.json']) as Record<string, unknown>[];
    const [first] = partners as [Record<string, unknown>];
    const other = partners.find((p) => p['alpha2'] !== first['alpha2'])!;
    first['alpha2'] = other['alpha2'];
    const { message } = errorOf({ ...raw, 'partners.json': partners });
    expect(message).toContain(`record "${first['id']}" (item 1), field "alpha3"`);
    expect(message).not.toContain('duplicate');
  });

  it('rejects country codes that do not belong together, naming the file, the record and the field', () => {
    const { message } = errorOf(withFixture('partners.json', 'partners-wrong-numeric.json'));
    expect(message).toContain('content/data/partners.json');
    expect(message).toContain('record "china" (item 1), field "numeric": "158" (that is Taiwan');
    expect(message).toContain('whose numeric code is "156"');
  });

  it('rejects an impossible calendar day in any dated record', () => {
    const { message } = errorOf(withFixture('competence-centres.json', 'budget-impossible-date.json'));
    expect(message).toContain('content/data/competence-centres.json');
    expect(message).toContain('field "rates[1].date"');
    expect(message).toContain('not a day of the calendar');
  });
});

describe('parseJson', () => {
  it('names the file, line and column of a syntax error such as a trailing comma', () => {
    expect(() => parseJson('content/data/timeline.json', '[\n  { "id": "a" },\n]\n')).toThrow(
      /^content\/data\/timeline\.json is not valid JSON at line 3, column 1: a value is expected here \(is there a comma too many before it\?\)$/,
    );
  });

  it('names an empty file', () => {
    expect(() => parseJson('content/data/partners.json', ' \n')).toThrow('content/data/partners.json is empty');
  });
});
