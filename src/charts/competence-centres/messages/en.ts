/** Every English string of the competence-centres chart (values come formatted by the Locale). */
import type { DatePrecision } from '../../../schemas/common';

export const en = {
  /** The currency of the total, after its compact number: "37.1 billion roubles". */
  roubles: 'roubles',
  /** A sum in millions ("1,060" formatted): "1,060 million". */
  million: (n: string) => `${n} million`,
  /** A date with the preposition English wants: "on 11 July 2022" but "in July 2022", "in 2012". */
  when: (date: string, precision: DatePrecision) => `${precision === 'day' ? 'on' : 'in'} ${date}`,
  /** An exchange rate ("61.6" formatted): "about 61.6 roubles per dollar". */
  rate: (rubPerUsd: string, approximate: boolean) => `${approximate ? 'about ' : ''}${rubPerUsd} roubles per dollar`,
  rateOn: (rate: string, date: string) => `${rate}, ${date}`,
  title: 'The centres’ budget lost dollar value; the sum per centre is uncertain',
  subtitle:
    'State co-financing announced in July 2022: the total in US dollars at two exchange rates, and the average per centre for each reported number of centres',
  /** "about USD 602 million at about 61.6 roubles per dollar, July 2022" */
  dollarsAt: (dollars: string, rate: string) => `about ${dollars} at ${rate}`,
  /** `others`: the other counts' averages, already a list ("about … and about …"). */
  description: (p: { total: string; announced: string; dollars: readonly string[]; own: { average: string; centres: number }; others: string }) =>
    [
      `Bars on one zero-based scale show the ${p.total} of state co-financing announced ${p.announced} in US dollars: ${p.dollars.join(' but ')}.`,
      `Shared out evenly, the sum comes to about ${p.own.average} roubles per centre for the spotlight’s count of ${p.own.centres}, or ${p.others}.`,
      'Those averages are only arithmetic: the money co-finances projects, and the number of centres is not confirmed.',
    ].join(' '),
  /** "about 1,060 million for the 35 reported in July 2022" */
  otherAverage: (average: string, centres: number, when: string | undefined) => `about ${average} for the ${centres} reported in ${when ?? 'other sources'}`,
  tableCaption: (total: string) => `${total}, in US dollars at each rate and shared evenly over each reported number of centres`,
  columns: {
    count: 'Number of centres, according to',
    centres: 'Centres',
    totalRub: 'Total (million roubles)',
    totalUsd: (rate: string, date: string) => `Total (million US dollars at ${rate}, ${date})`,
    perCentreRub: 'Per centre if shared evenly (million roubles)',
    sources: 'Sources',
  },
  countBy: { spotlight: 'The spotlight (not confirmed elsewhere)', reporting: (date: string) => `Reporting, ${date}` },
  spotlightRateNote: (dollars: string, rate: string) =>
    `The spotlight converts the total to ${dollars}, which implies about ${rate} roubles per dollar: the rate of September 2024, not of July 2022, when the money was announced.`,
  termsNote: (terms: string) => `${terms} An average per centre is therefore only a yardstick, not what any centre received.`,

  // In the drawing.
  /** Under the headline figure ("July 2022" formatted). */
  headline: (announced: string) => `Announced ${announced} as state co-financing until 2024`,
  /** After the last tick's number: "1,500 million". */
  tickUnit: ' million',
  /** A rate's row name: "July 2022, when announced". */
  whenAnnounced: (date: string) => `${date}, when announced`,
  centres: (n: number) => `${n} centres`,
  countDetail: {
    spotlight: 'the spotlight’s count, not confirmed elsewhere',
    reported: (date: string | undefined) => `reported in ${date ?? 'other sources'}`,
  },
  usdPanel: {
    heading: 'The same sum in US dollars, at the rate of the day',
    /** "33% fewer dollars at the September 2024 rate than at the July 2022 rate." */
    change: (p: { share: string; fewer: boolean; last: string; first: string }) =>
      `${p.share} ${p.fewer ? 'fewer' : 'more'} dollars at the ${p.last} rate than at the ${p.first} rate.`,
    detail: (rate: string, spotlight: boolean) => `${rate}${spotlight ? '; the spotlight’s figure' : ''}`,
    tipTitle: (dollars: string) => `About ${dollars}`,
    tipTotal: (total: string, rate: string) => `${total} at ${rate}.`,
    tipSpotlight: (dollars: string, fits: boolean) =>
      fits ? `The spotlight gives ${dollars}, which fits this rate.` : `The spotlight’s ${dollars} does not fit this rate.`,
  },
  perCentrePanel: {
    heading: 'Per centre in roubles, if the money were shared out evenly',
    note: 'It is not: the state co-finances projects, up to about 80% of each, and the number of centres is uncertain.',
    tipTitle: (centres: number, average: string) => `${centres} centres: about ${average} roubles each`,
    /** `over`: the count's own label from the data ("the 35 centres reported in July 2022"). */
    tipShared: (total: string, over: string) => `${total} shared evenly over ${over}.`,
    /** `amounts`: a list of `dollarsAtRate`. */
    tipDollars: (amounts: string) => `In dollars: about ${amounts}.`,
    dollarsAtRate: (dollars: string, month: string) => `${dollars} at the ${month} rate`,
    tipAverage: 'An average only: the money co-finances projects, so centres need not get equal shares.',
  },
};
/** What the chart's layout and drawing are given; a German file (issue 13) must satisfy it. */
export type CompetenceCentresMessages = typeof en;
