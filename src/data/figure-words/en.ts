/** The words around the figures articles print (src/data/figures.ts), in English; numbers come formatted. */
export const en = {
  roubles: 'roubles',
  /** A sum in millions ("687" formatted): "687 million roubles". */
  millionRoubles: (n: string) => `${n} million roubles`,
  /** An approximate figure: "about 687 million roubles" (KeyFigures shows "≈" instead). */
  about: (figure: string) => `about ${figure}`,
  /** An exchange rate ("91.26" formatted). */
  perDollar: (rate: string) => `${rate} roubles per dollar`,
  /** How many of the Eurasian group were full members ("one" from the Locale), as the sentence needs it. */
  memberCount: (count: string, _n: number) => count,
  labels: {
    centres: 'industrial competence centres, as the spotlight counts them',
    totalRub: 'set aside for the centres',
    avgRub: (centres: string) => `per centre if shared evenly over the spotlight’s unconfirmed ${centres} centres`,
    avgRubOther: (centres: string, date: string) => `per centre on average, if shared evenly over ${centres} centres (reported ${date})`,
    usdSpotlight: 'as the spotlight gives the sum in dollars',
    usdAt: (rate: string) => `at ${rate} roubles per dollar`,
    usdAtAbout: (rate: string) => `at about ${rate} roubles per dollar`,
    surveySupport: 'of developers saw significant support',
    surveyUndecided: 'were undecided',
    surveyNoSupport: 'saw no real support',
    surveyNoImpact: 'saw no impact',
    surveyNotHelped: 'saw no real support or no impact at all',
    partnersCount: 'countries and territories named as partners, attaché posts or hubs',
    eurasianGroup: 'countries the spotlight lists with the Eurasian Economic Union',
    eurasianMembers: 'of the spotlight’s Eurasian group is a full EAEU member',
    foreignShare: 'of state software foreign before February 2022',
    kommersantForeign: 'foreign share implied by Kommersant for the end of 2021',
  },
};
export type FigureWords = typeof en;
