/** Die Texte der Grafik zur ausländischen Software auf Deutsch (siehe en.ts). */
import type { ForeignSoftwareMessages } from './en';

export default {
  title: 'Vor Februar 2022 kam die meiste Software des Staates aus dem Ausland',
  subtitle: 'Ausländischer Anteil der genutzten Software: die Zahl des Spotlights für die Zeit vor Februar 2022, neben anderen öffentlichen Schätzungen',
  descriptionLead: 'Punkte und ein Band vergleichen Schätzungen, wie viel der Software im öffentlichen Sektor Russlands aus dem Ausland kam, auf einer Skala von 0 bis 100 %.',
  estimate: (p) =>
    `${p.label}: ${p.share} aus dem Ausland (${p.scope}, ${p.date}${p.stated ? `; abgeleitet aus einem russischen Anteil von ${p.stated}` : ''})`,
  estimates: (parts: readonly string[]) => `${parts.join('; ')}.`,
  tableCaption: 'Schätzungen des ausländischen Anteils an der Software im öffentlichen Sektor Russlands',
  columns: {
    estimate: 'Schätzung',
    scope: 'Bezug',
    date: 'Datum',
    stated: 'Laut Quelle',
    foreignLow: 'Ausländischer Anteil, niedrig',
    foreignHigh: 'Ausländischer Anteil, hoch',
    sources: 'Quellen',
  },
  percentUnit: '%',
  stated: (range: string, as: 'foreign' | 'domestic') => `${range} ${as === 'foreign' ? 'ausländisch' : 'russisch'}`,
  note: (label: string, note: string) => `${label}: ${note}`,
  key: { spotlight: 'Die Angabe des Spotlights', single: 'Eine andere einzelne Schätzung', range: 'Eine Spanne' },
  detail: (scope: string, date: string) => `${scope}, ${date}`,
  detailScope: (scope: string) => `${scope},`,
  axisUnit: 'Anteil der Software aus dem Ausland',
  tipTitle: (label: string, share: string) => `${label}: ${share} aus dem Ausland`,
  tipScope: (scope: string, who: string) => `${scope} (${who})`,
} satisfies ForeignSoftwareMessages;
