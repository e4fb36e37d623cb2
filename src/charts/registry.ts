/**
 * THE list of charts, in the order the site shows them. Adding a chart: its folder under
 * src/charts/ (see README.md) and one line here. Nothing else lists chart ids: the id type, the
 * pages, endpoints, client loader, tests and scripts all read this list.
 */
export const REGISTRY = [
  (await import('./partners-map/partners-map')).default,
  (await import('./competence-centres/competence-centres')).default,
  (await import('./russoft-survey/russoft-survey')).default,
  (await import('./foreign-software/foreign-software')).default,
  (await import('./timeline/timeline')).default,
] as const;
