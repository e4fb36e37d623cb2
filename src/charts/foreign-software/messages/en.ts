/** Every English string of the foreign-software chart around its drawing. */
export const en = {
  title: 'Most of the state’s software was still foreign before the invasion',
  subtitle: 'Foreign share of the software in use: the spotlight’s figure for the time before February 2022, beside other public estimates',
  descriptionLead: 'Dots and a band compare estimates of how much of the software used in Russia’s public sector came from abroad, on a scale from 0 to 100%.',
  /** One estimate in the description; every value already formatted. */
  estimate: (p: { label: string; share: string; stated?: string | undefined; scope: string; date: string }) =>
    `${p.label}: ${p.share} foreign${p.stated ? ` (derived from a domestic share of ${p.stated})` : ''} (${p.scope}, ${p.date})`,
  /** The estimates in the description, one after another (each from `estimate`). */
  estimates: (parts: readonly string[]) => `${parts.join('; ')}.`,
  tableCaption: 'Estimates of the foreign share of software in Russia’s public sector',
  columns: {
    estimate: 'Estimate',
    scope: 'Scope',
    date: 'Date',
    stated: 'As stated',
    foreignLow: 'Foreign share, low',
    foreignHigh: 'Foreign share, high',
    sources: 'Sources',
  },
  percentUnit: '%',
  /** "90% domestic": the estimate as its source states it. */
  stated: (range: string, as: 'foreign' | 'domestic') => `${range} ${as === 'foreign' ? 'foreign' : 'domestic'}`,
  note: (label: string, note: string) => `${label}: ${note}`,
  key: { spotlight: 'The spotlight’s claim', single: 'Another single estimate', range: 'A range' },
  /** In the drawing: an estimate's second line ("Federal agencies, 2021"), or its scope alone when the date needs a line of its own. */
  detail: (scope: string, date: string) => `${scope}, ${date}`,
  detailScope: (scope: string) => `${scope},`,
  /** Under the 0–100% ticks. */
  axisUnit: 'Share of software that was foreign',
  /** An estimate's tooltip: its share ("65–70%" formatted), then who says it of what. */
  tipTitle: (label: string, share: string) => `${label}: ${share} foreign`,
  tipScope: (scope: string, who: string) => `${scope} (${who})`,
};
/** What the chart's layout and drawing are given; a German file (issue 13) must satisfy it. */
export type ForeignSoftwareMessages = typeof en;
