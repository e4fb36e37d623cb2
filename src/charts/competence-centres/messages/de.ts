/** Die Texte der Grafik zu den Kompetenzzentren auf Deutsch (siehe en.ts); Werte kommen vom Locale formatiert. */
import type { DatePrecision } from '../../../schemas/common';
import type { CompetenceCentresMessages } from './en';

export default {
  roubles: 'Rubel',
  million: (n: string) => `${n} Mio.`,
  // German says "am 11. Juli 2022", "im Juli 2022", but "im Jahr 2012".
  when: (date: string, precision: DatePrecision) => `${precision === 'day' ? 'am' : precision === 'month' ? 'im' : 'im Jahr'} ${date}`,
  rate: (rubPerUsd: string, approximate: boolean) => `${approximate ? 'etwa ' : ''}${rubPerUsd} Rubel je Dollar`,
  rateOn: (rate: string, date: string) => `${rate} (${date})`,
  title: 'Das Budget verlor an Dollarwert; wie viel je Zentrum, ist unsicher',
  subtitle:
    'Staatliche Kofinanzierung, angekündigt im Juli 2022: die Summe in US-Dollar zu zwei Wechselkursen und der Durchschnitt je Zentrum für jede berichtete Zahl von Zentren',
  dollarsAt: (dollars: string, rate: string) => `etwa ${dollars} bei ${rate}`,
  description: (p) =>
    [
      `Balken auf einer Skala ab null zeigen die ${p.total} staatlicher Kofinanzierung, angekündigt ${p.announced}, in US-Dollar: ${p.dollars.join(', aber ')}.`,
      `Gleichmäßig verteilt ergibt die Summe etwa ${p.own.average} Rubel je Zentrum bei den ${p.own.centres} Zentren des Spotlights oder ${p.others}.`,
      'Diese Durchschnitte sind nur Rechenwerte: Das Geld kofinanziert Projekte, und die Zahl der Zentren ist nicht bestätigt.',
    ].join(' '),
  otherAverage: (average: string, centres: number, when: string | undefined) => `etwa ${average} bei ${centres} Zentren (Stand: ${when ?? 'andere Quellen'})`,
  tableCaption: (total: string) => `${total}, in US-Dollar zu jedem Kurs und gleichmäßig verteilt auf jede berichtete Zahl von Zentren`,
  columns: {
    count: 'Quelle der Zahl',
    centres: 'Zentren',
    totalRub: 'Summe (Mio. Rubel)',
    totalUsd: (rate: string, date: string) => `Summe (Mio. US-Dollar bei ${rate}, ${date})`,
    perCentreRub: 'Je Zentrum bei gleicher Verteilung (Mio. Rubel)',
    sources: 'Quellen',
  },
  countBy: { spotlight: 'Spotlight (anderswo nicht bestätigt)', reporting: (date: string) => `Berichte, ${date}` },
  spotlightRateNote: (dollars: string, rate: string) =>
    `Das Spotlight rechnet die Summe in ${dollars} um. Das entspricht etwa ${rate} Rubel je Dollar: dem Kurs vom September 2024, nicht dem vom Juli 2022, als das Geld angekündigt wurde.`,
  termsNote: (terms: string) => `${terms} Ein Durchschnitt je Zentrum ist daher nur ein Maßstab, nicht das, was ein Zentrum bekommen hat.`,
  headline: (announced: string) => `Angekündigt am ${announced} als staatliche Kofinanzierung bis 2024`,
  tickUnit: ' Mio.',
  whenAnnounced: (date: string) => `${date}, bei der Ankündigung`,
  centres: (n: number) => `${n} Zentren`,
  countDetail: {
    spotlight: 'Zahl des Spotlights, anderswo nicht bestätigt',
    reported: (date: string | undefined) => (date ? `berichtet im ${date}` : 'in anderen Quellen berichtet'),
  },
  usdPanel: {
    heading: 'Dieselbe Summe in US-Dollar, zum jeweiligen Tageskurs',
    change: (p: { share: string; fewer: boolean; last: string; first: string }) =>
      `${p.share} ${p.fewer ? 'weniger' : 'mehr'} Dollar zum Kurs vom ${p.last} als zum Kurs vom ${p.first}.`,
    detail: (rate: string, spotlight: boolean) => `${rate}${spotlight ? '; die Zahl des Spotlights' : ''}`,
    tipTitle: (dollars: string) => `Etwa ${dollars}`,
    tipTotal: (total: string, rate: string) => `${total} bei ${rate}.`,
    tipSpotlight: (dollars: string, fits: boolean) =>
      fits ? `Das Spotlight nennt ${dollars}; das passt zu diesem Kurs.` : `Die Zahl des Spotlights, ${dollars}, passt nicht zu diesem Kurs.`,
  },
  perCentrePanel: {
    spotlightCount: 'die industriellen Kompetenzzentren, wie das Spotlight sie zählt',
    heading: 'Je Zentrum in Rubel, wenn das Geld gleichmäßig verteilt würde',
    note: 'Das wird es nicht: Der Staat kofinanziert Projekte, bis zu etwa 80 % eines Projekts, und die Zahl der Zentren ist unsicher.',
    tipTitle: (centres: number, average: string) => `${centres} Zentren: je etwa ${average} Rubel`,
    tipShared: (total: string, over: string) => `${total}, gleichmäßig verteilt auf ${over}.`,
    tipDollars: (amounts: string) => `In Dollar: etwa ${amounts}.`,
    dollarsAtRate: (dollars: string, month: string) => `${dollars} zum Kurs vom ${month}`,
    tipAverage: 'Nur ein Durchschnitt: Das Geld kofinanziert Projekte, die Zentren bekommen also nicht unbedingt gleich viel.',
  },
} satisfies CompetenceCentresMessages;
