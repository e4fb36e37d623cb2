/** Die Texte der Zeitleiste auf Deutsch (siehe en.ts); Werte kommen schon formatiert. */
import type { TimelineMessages } from './en';

export default {
  title: 'Russlands Wende begann vor dem Krieg; 2022 ballen sich die Ereignisse',
  subtitle:
    'Industriepolitik und die Ereignisse darum, von Anfang der 2010er-Jahre bis zum Erscheinen des Spotlights im September 2024; jedes Datum nur so genau, wie es bekannt ist',
  description: (p) =>
    [
      `Eine Zeitleiste mit ${p.count} Ereignissen, von „${p.first}“ (${p.firstDate}) bis „${p.last}“ (${p.lastDate}).`,
      `Allein in das Jahr ${p.busiestYear} fallen ${p.busiestCount} davon.`,
      'Ereignisse, von denen nur das Jahr oder der Monat bekannt ist, sind mit einer Klammer oder einem hohlen Punkt gezeichnet, nicht mit einem genauen Punkt.',
    ].join(' '),
  categories: {
    policy: 'Industriepolitik',
    'war-sanctions': 'Krieg und Sanktionen',
    technology: 'Technik',
    alliances: 'Bündnisse und Diplomatie',
    publication: 'Das Spotlight',
  },
  tableCaption: 'Die Ereignisse der Zeitleiste, nach Datum',
  columns: { date: 'Datum', precision: 'Genauigkeit', category: 'Bereich', event: 'Ereignis', summary: 'Einzelheiten', sources: 'Quellen' },
  precision: { span: 'Zeitraum', year: 'Jahr', month: 'Monat', day: 'Tag' },
  datesNote:
    'Jedes Datum ist nur so genau gezeigt, wie es bekannt ist: ein voller Punkt für einen bekannten Tag, ein hohler Punkt, wenn nur Monat oder Jahr bekannt sind, und eine Klammer an der Achse für ein Jahr oder einen Zeitraum.',
  key: { ring: 'Monat oder Jahr bekannt', bracket: 'Jahr oder Zeitraum' },
  rowCaptions: { above: 'Industriepolitik', below: 'Krieg und Sanktionen, Technik, Bündnisse' },
  busiest: {
    wide: (year: string, count: number, total: number) => `${year}: ${count} der ${total} Ereignisse`,
    // The gutter holds about 55 px: „Ereignisse“ does not fit beside the count.
    narrow: (count: number, total: number) => `${count} von ${total}`,
  },
  decade: (start: string) => `${start}er`,
  tipTitle: (date: string, title: string) => `${date}: ${title}`,
  precisionTip: {
    day: 'Der genaue Tag ist bekannt.',
    month: 'Nur der Monat ist bekannt.',
    year: 'Nur das Jahr ist bekannt.',
    span: 'Ein Zeitraum: Die Quelle nennt keine genauen Daten.',
  },
} satisfies TimelineMessages;
