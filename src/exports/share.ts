/** What the share kit of a chart shows: computed once per chart for pages and dialogs. */
import type { ResolvedChart } from '../charts/types';
import { chartPaths, chartViews } from './chart-files';
import { citations, type Citations } from './citation';
import { embedCode, type EmbeddableChart } from './embed-code';
import { embeddable } from './embed-fallback';
import type { FallbackHeights } from './embed-layout';
import type { StateOption } from './embed-options';
import { exportWords } from './messages';
import { storyStepTexts } from './story-step-texts';
import { story } from '../data/story';
import { ui } from '../i18n/ui';
import { STEP_OPTION } from './embed-code';

export interface ShareKit {
  id: string;
  title: string;
  pageUrl: string;
  /** Absolute URL of the site root: embed codes point here, not at whatever host shows the kit. */
  siteRoot: string;
  code: string;
  /** Inputs for rebuilding the code in the browser when the reader changes an option. */
  codeInput: EmbeddableChart;
  stateOptions: StateOption[];
  stateLabels: Record<string, { label: string; options: { value: string; label: string }[] }>;
  /** Heights for frames 360 and 640 px wide, with and without the title (embed-layout.ts). */
  heights: FallbackHeights;
  downloads: { label: string; href: string; format: string; note: string }[];
  citations: Citations;
}

export function shareKit(chart: ResolvedChart, siteRoot: string, updated: Date): ShareKit {
  const paths = chartPaths(chart.id, chart.lang);
  const w = exportWords(chart.lang).downloads;
  const abs = (p: string) => new URL(p, siteRoot).href;
  const switches = chart.controls.filter((c) => c.kind === 'switch');
  const codeInput = embeddable(chart);
  // The story's chart: a step can be embedded (`?step=`), chosen like a view; none is the whole map.
  const steps = chart.id === story.chart ? storyStepTexts(chart.lang) : [];
  const t = ui(chart.lang).share;
  const stepOption: StateOption[] = steps.length ? [{ name: STEP_OPTION, values: ['', ...steps.map((s) => s.id)], initial: '' }] : [];
  const stepLabels = steps.length
    ? { [STEP_OPTION]: { label: t.storyStep, options: [{ value: '', label: t.storyStepNone }, ...steps.map((s) => ({ value: s.id, label: s.title }))] } }
    : {};
  return {
    id: chart.id,
    title: chart.title,
    pageUrl: abs(paths.page),
    siteRoot,
    code: embedCode({ chart: codeInput, siteRoot }),
    codeInput,
    stateOptions: [
      ...switches.map((c) => ({
        name: c.name,
        values: c.options.map((o) => o.value),
        initial: c.initial ?? c.options[0]?.value ?? '',
      })),
      ...stepOption,
    ],
    stateLabels: {
      ...Object.fromEntries(switches.map((c) => [c.name, { label: c.label, options: c.options.map(({ value, label }) => ({ value, label })) }])),
      ...stepLabels,
    },
    heights: codeInput.heights,
    downloads: [
      { label: w.png.label, href: paths.png, format: 'png', note: w.png.note },
      { label: w.svg.label, href: paths.svg, format: 'svg', note: w.svg.note },
      // A picture of every other view of a switch (the map's formal-status view).
      ...chartViews(chart)
        .filter((v) => v.label)
        .flatMap((v) => [
          { label: w.viewPng(v.label), href: v.png, format: 'png', note: w.viewNote },
          { label: w.viewSvg(v.label), href: v.svg, format: 'svg', note: w.viewNote },
        ]),
      { label: w.csv.label, href: paths.csv, format: 'csv', note: w.csv.note },
      { label: w.json.label, href: paths.json, format: 'json', note: w.json.note },
    ],
    citations: citations({ kind: 'chart', id: chart.id, title: chart.title, url: abs(paths.page), updated, lang: chart.lang }),
  };
}
