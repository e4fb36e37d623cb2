/** The registry ids of the site's charts. Fixed: embeds, downloads and citations link to them. */
export const CHART_IDS = [
  'partners-map',
  'competence-centres',
  'russoft-survey',
  'foreign-software',
  'timeline',
] as const;

export type ChartId = (typeof CHART_IDS)[number];
