/**
 * Static paths of the per-chart routes in every language: /charts/<id>/ and /de/charts/<id>/, and
 * the same for embeds, data, pictures and cards. Each chart comes resolved in its route's language
 * (its `lang`), so pages and exports speak that language.
 */
import { resolvedCharts, type ResolvedChart } from '../charts';
import { allChartViews } from '../exports/chart-files';
import { LANGS, type Lang } from '../i18n/locale';
import { langParam } from '../i18n/routes';
import { dataFor } from '../data';

export const chartsIn = (lang: Lang): ResolvedChart[] => resolvedCharts(lang, dataFor(lang));

/** One path per language and chart, the chart as a prop. */
export const chartLangPaths = () =>
  LANGS.flatMap((lang) => chartsIn(lang).map((chart) => ({ params: { lang: langParam(lang), id: chart.id }, props: { chart } })));

/** One path per language and chart view (/charts/partners-map-formal.svg), with the view's state. */
export const chartViewLangPaths = () =>
  LANGS.flatMap((lang) =>
    allChartViews(chartsIn(lang)).map(({ chart, view }) => ({ params: { lang: langParam(lang), id: view.name }, props: { chart, state: view.state } })),
  );
