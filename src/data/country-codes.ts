/**
 * Checks a country's three ISO 3166-1 codes against each other, against its name and against the
 * map outline, with a kept ISO table (i18n-iso-countries) instead of our own list.
 *
 * A pattern check alone lets a plausible wrong code through: China with numeric 158 is Taiwan,
 * and the map would quietly colour the wrong country.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import world from 'world-atlas/countries-110m.json';

countries.registerLocale(en);

/** The ISO numeric codes the map has an outline for (Natural Earth via world-atlas). */
const OUTLINES: ReadonlySet<string> = new Set(
  (world as unknown as { objects: { countries: { geometries: { id?: string }[] } } }).objects.countries.geometries
    .map((g) => g.id)
    .filter((id): id is string => id !== undefined),
);

export interface CountryCodes {
  name: string;
  alpha2: string;
  alpha3: string;
  numeric: string;
  /** Drawn as a point, so it needs no outline. */
  point?: readonly [number, number] | undefined;
}

export interface CodeProblem {
  field: 'alpha2' | 'alpha3' | 'numeric' | 'name';
  message: string;
}

const normalise = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** What is wrong with one country's codes; empty when they agree with each other, the name and the map. */
export function countryCodeProblems(c: CountryCodes): CodeProblem[] {
  if (!countries.isValid(c.alpha2))
    return [{ field: 'alpha2', message: `"${c.alpha2}" is not an ISO 3166-1 alpha-2 code` }];
  const names = countries.getName(c.alpha2, 'en', { select: 'all' }) ?? [];
  const problems: CodeProblem[] = [];
  const alpha3 = countries.alpha2ToAlpha3(c.alpha2);
  if (alpha3 !== c.alpha3)
    problems.push({
      field: 'alpha3',
      message: `"${c.alpha3}" does not match alpha2 "${c.alpha2}" (${names[0]}), whose alpha-3 code is "${alpha3}"`,
    });
  const numeric = countries.alpha2ToNumeric(c.alpha2);
  if (numeric !== c.numeric) {
    const other = countries.numericToAlpha2(c.numeric);
    const otherName = other ? ` (that is ${countries.getName(other, 'en')})` : '';
    problems.push({
      field: 'numeric',
      message: `"${c.numeric}"${otherName} does not match alpha2 "${c.alpha2}" (${names[0]}), whose numeric code is "${numeric}"`,
    });
  }
  // The name may say more than ISO's ("Hong Kong (China SAR)"), but must contain one of its names.
  const wanted = ` ${normalise(c.name)} `;
  if (!names.some((n) => wanted.includes(` ${normalise(n)} `)))
    problems.push({ field: 'name', message: `"${c.name}" is not a name of ${c.alpha2}: ISO knows it as ${names.map((n) => `"${n}"`).join(' or ')}` });
  if (c.point === undefined && numeric === c.numeric && !OUTLINES.has(c.numeric))
    problems.push({
      field: 'numeric',
      message: `the map (world-atlas countries-110m) has no outline for "${c.numeric}"; give the country a "point" [longitude, latitude] to draw it as a dot`,
    });
  return problems;
}
