/**
 * The figures that articles print with <Num k="…" /> and the home page shows as key numbers.
 * Each is computed from the validated data, so prose never carries a typed derived number.
 */
import type { Datasets } from './datasets';
import { averagePerCentreRub, countAverages, eurasianGroup, foreignShare, namedPartners, rate, surveyShare, toUsd } from './derived';
import { getLocale, type Locale } from '../i18n/locale';

export interface Figure {
  /** The number as the prose says it. */
  text: string;
  /** What it is, for the key-figures panel and for screen readers. */
  label: string;
}

/** The figures in the language of `locale` (its formats; the words around them are still English: issue 13). */
export function figures(d: Datasets, locale: Locale = getLocale('en')): Record<string, Figure> {
  const { budget, survey, partners, foreignSoftware } = d;
  const roubles = (n: number) => locale.compact(n, 'roubles');
  const millionRoubles = (n: number) => `${locale.millions(n)} million roubles`;
  const dollars = (n: number) => locale.money(n, 'USD');
  const now = rate(budget, 'sep-2024');
  const then = rate(budget, 'jul-2022');
  const answer = (id: string) => {
    const a = survey.answers.find((x) => x.id === id);
    if (!a) throw new Error(`russoft-survey.json has no answer "${id}"`);
    return a.percent;
  };
  const spotlight = foreignSoftware.find((e) => e.isSpotlight);
  const kommersant = foreignSoftware.find((e) => e.id === 'kommersant-2021');
  if (!spotlight || !kommersant) throw new Error('foreign-software.json needs the spotlight and kommersant-2021 estimates');
  const share = foreignShare(spotlight);
  const k = foreignShare(kommersant);

  return {
    centres: { text: String(budget.centres), label: 'industrial competence centres, as the spotlight counts them' },
    'total-rub': { text: roubles(budget.totalRub), label: 'set aside for the centres' },
    'avg-rub': {
      text: `about ${millionRoubles(averagePerCentreRub(budget))}`,
      label: `per centre if shared evenly over the spotlight’s unconfirmed ${budget.centres} centres`,
    },
    // The other reported counts and the average each gives: centres-jul-2022, avg-rub-jul-2022, …
    ...Object.fromEntries(
      countAverages(budget)
        .filter((c) => !c.spotlight)
        .flatMap((c) => [
          [`centres-${c.id}`, { text: String(c.centres), label: c.label }],
          [`avg-rub-${c.id}`, { text: `about ${millionRoubles(c.averageRub)}`, label: `per centre on average, if shared evenly over ${c.centres} centres (reported ${c.date ? locale.date(c.date) : ''})` }],
        ]),
    ),
    'usd-spotlight': { text: `about ${dollars(budget.spotlightUsd)}`, label: 'as the spotlight gives the sum in dollars' },
    'usd-now': { text: `about ${dollars(toUsd(budget.totalRub, now))}`, label: `at ${now.rubPerUsd} roubles per dollar` },
    'rate-now': { text: `${now.rubPerUsd} roubles per dollar`, label: now.label },
    'usd-then': { text: `about ${dollars(toUsd(budget.totalRub, then))}`, label: `at about ${then.rubPerUsd} roubles per dollar` },
    'rate-then': { text: `about ${then.rubPerUsd} roubles per dollar`, label: then.label },
    'survey-support': { text: locale.percent(answer('significant-support')), label: 'of developers saw significant support' },
    'survey-undecided': { text: locale.percent(answer('undecided')), label: 'were undecided' },
    'survey-no-support': { text: locale.percent(answer('no-real-support')), label: 'saw no real support' },
    'survey-no-impact': { text: locale.percent(answer('no-impact')), label: 'saw no impact' },
    'survey-not-helped': {
      text: locale.percent(surveyShare(survey, ['no-real-support', 'no-impact'])),
      label: 'saw no real support or no impact at all',
    },
    'partners-count': {
      text: locale.compact(namedPartners(partners).length),
      label: 'countries and territories named as partners, attaché posts or hubs',
    },
    'eurasian-group': {
      text: locale.count(eurasianGroup(partners).all.length),
      label: 'countries the spotlight lists with the Eurasian Economic Union',
    },
    'eurasian-eaeu-members': {
      text: locale.count(eurasianGroup(partners).members.length),
      label: 'of the spotlight’s Eurasian group is a full EAEU member',
    },
    'foreign-share': { text: locale.percentRange(share.low, share.high), label: 'of state software foreign before February 2022' },
    'kommersant-foreign': { text: locale.percentRange(k.low, k.high), label: 'foreign share implied by Kommersant for the end of 2021' },
  };
}
