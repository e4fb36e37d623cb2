/** Every English string of the competence-centres chart around its drawing (values come formatted). */
export const en = {
  title: 'The centres’ budget lost dollar value; the sum per centre is uncertain',
  subtitle:
    'State co-financing announced in July 2022: the total in US dollars at two exchange rates, and the average per centre for each reported number of centres',
  /** "about USD 602 million at about 61.6 roubles per dollar, July 2022" */
  dollarsAt: (dollars: string, rate: string) => `about ${dollars} at ${rate}`,
  description: (p: { total: string; announced: string; dollars: readonly string[]; own: { average: string; centres: number }; others: readonly string[] }) =>
    [
      `Bars on one zero-based scale show the ${p.total} of state co-financing announced ${p.announced} in US dollars: ${p.dollars.join(' but ')}.`,
      `Shared out evenly, the sum comes to about ${p.own.average} roubles per centre for the spotlight’s count of ${p.own.centres}, or ${p.others.join(' and ')}.`,
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
};
