/** Die Wörter um die Zahlen der Artikel (src/data/figures.ts), auf Deutsch; Zahlen kommen formatiert. */
import type { FigureWords } from './en';

export default {
  roubles: 'Rubel',
  millionRoubles: (n: string) => `${n}\u00a0Mio. Rubel`,
  about: (figure: string) => `etwa ${figure}`,
  perDollar: (rate: string) => `${rate} Rubel je Dollar`,
  // „nur eines Vollmitglied“: the article counts countries (das Land), so one is neuter.
  memberCount: (count: string, n: number) => (n === 1 ? 'eines' : count),
  labels: {
    centres: 'industrielle Kompetenzzentren, wie das Spotlight sie zählt',
    totalRub: 'für die Zentren bereitgestellt',
    avgRub: (centres: string) => `pro Zentrum, gleichmäßig verteilt auf die ${centres} Zentren des Spotlights (Zahl nicht bestätigt)`,
    avgRubOther: (centres: string, date: string) => `pro Zentrum im Durchschnitt, gleichmäßig verteilt auf ${centres} Zentren (berichtet im ${date})`,
    usdSpotlight: 'die Summe in Dollar, wie das Spotlight sie angibt',
    usdAt: (rate: string) => `bei ${rate} Rubel je Dollar`,
    usdAtAbout: (rate: string) => `bei etwa ${rate} Rubel je Dollar`,
    surveySupport: 'der Entwickler sahen deutliche Unterstützung',
    surveyUndecided: 'waren unentschieden',
    surveyNoSupport: 'sahen keine echte Unterstützung',
    surveyNoImpact: 'sahen keine Wirkung',
    surveyNotHelped: 'sahen keine echte Unterstützung oder gar keine Wirkung',
    partnersCount: 'Länder und Gebiete, genannt als Partner, Orte für Attachés oder Drehscheiben',
    eurasianGroup: 'Länder, die das Spotlight zur Eurasischen Wirtschaftsunion zählt',
    eurasianMembers: 'der eurasischen Gruppe des Spotlights ist Vollmitglied der EAWU',
    foreignShare: 'der Software des Staates vor Februar 2022 aus dem Ausland',
    kommersantForeign: 'ausländischer Anteil, der sich aus dem Kommersant-Bericht für Ende 2021 ergibt',
  },
} satisfies FigureWords;
