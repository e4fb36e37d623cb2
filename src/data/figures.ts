/**
 * The figures that articles print with <Num k="…" /> and the home page shows as key numbers.
 * Each is computed from the validated data, so prose never carries a typed derived number.
 */
import type { Datasets } from './datasets';
import { averagePerCentreRub, countAverages, eurasianGroup, foreignShare, namedPartners, rate, surveyShare, toUsd } from './derived';
import { getLocale, inLang, type Locale } from '../i18n/locale';
import type { FigureWords } from './figure-words/en';
import { messagesFiles } from '../charts/shared/messages-files';

/** The words around the figures, one file per language (figure-words/<lang>.ts). */
const WORDS = messagesFiles<FigureWords>(import.meta.glob('./figure-words/*.ts', { eager: true }), 'src/data/figure-words');

export interface Figure {
  /** The number as the prose says it. */
  text: string;
  /** What it is, for the key-figures panel and for screen readers. */
  label: string;
}

/**
 * The figures in the language of `locale`: its formats and its words (figure-words/<lang>.ts).
 * Give it that language's data (`dataFor(lang)`), whose labels are translated.
 */
export function figures(d: Datasets, locale: Locale = getLocale('en')): Record<string, Figure> {
  const w = inLang(WORDS, locale.lang, 'src/data/figure-words');
  const l = w.labels;
  const { budget, survey, partners, foreignSoftware } = d;
  const roubles = (n: number) => locale.compact(n, w.roubles);
  const millionRoubles = (n: number) => w.millionRoubles(locale.millions(n));
  const dollars = (n: number) => locale.money(n, 'USD');
  const rateText = (r: number) => locale.number(r);
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
    centres: { text: locale.number(budget.centres), label: l.centres },
    'total-rub': { text: roubles(budget.totalRub), label: l.totalRub },
    'avg-rub': {
      text: w.about(millionRoubles(averagePerCentreRub(budget))),
      label: l.avgRub(locale.number(budget.centres)),
    },
    // The other reported counts and the average each gives: centres-jul-2022, avg-rub-jul-2022, …
    ...Object.fromEntries(
      countAverages(budget)
        .filter((c) => !c.spotlight)
        .flatMap((c) => [
          [`centres-${c.id}`, { text: locale.number(c.centres), label: c.label }],
          [`avg-rub-${c.id}`, { text: w.about(millionRoubles(c.averageRub)), label: l.avgRubOther(locale.number(c.centres), c.date ? locale.date(c.date) : '') }],
        ]),
    ),
    'usd-spotlight': { text: w.about(dollars(budget.spotlightUsd)), label: l.usdSpotlight },
    'usd-now': { text: w.about(dollars(toUsd(budget.totalRub, now))), label: l.usdAt(rateText(now.rubPerUsd)) },
    'rate-now': { text: w.perDollar(rateText(now.rubPerUsd)), label: now.label },
    'usd-then': { text: w.about(dollars(toUsd(budget.totalRub, then))), label: l.usdAtAbout(rateText(then.rubPerUsd)) },
    'rate-then': { text: w.about(w.perDollar(rateText(then.rubPerUsd))), label: then.label },
    'survey-support': { text: locale.percent(answer('significant-support')), label: l.surveySupport },
    'survey-undecided': { text: locale.percent(answer('undecided')), label: l.surveyUndecided },
    'survey-no-support': { text: locale.percent(answer('no-real-support')), label: l.surveyNoSupport },
    'survey-no-impact': { text: locale.percent(answer('no-impact')), label: l.surveyNoImpact },
    'survey-not-helped': {
      text: locale.percent(surveyShare(survey, ['no-real-support', 'no-impact'])),
      label: l.surveyNotHelped,
    },
    'partners-count': {
      text: locale.compact(namedPartners(partners).length),
      label: l.partnersCount,
    },
    'eurasian-group': {
      text: locale.count(eurasianGroup(partners).all.length),
      label: l.eurasianGroup,
    },
    'eurasian-eaeu-members': {
      text: w.memberCount(locale.count(eurasianGroup(partners).members.length), eurasianGroup(partners).members.length),
      label: l.eurasianMembers,
    },
    'foreign-share': { text: locale.percentRange(share.low, share.high), label: l.foreignShare },
    'kommersant-foreign': { text: locale.percentRange(k.low, k.high), label: l.kommersantForeign },
  };
}
