/**
 * Build time: what an embed code needs to know of a chart, with its fallback heights computed
 * from the registry entry and the data (src/exports/embed-layout.ts). Not for the browser: the
 * share script gets the finished numbers from the page.
 */
import type { ResolvedChart } from '../charts/types';
import { sourceName } from '../lib/source-name';
import { SITE } from '../lib/site';
import { chartChrome } from '../charts/shared/messages';
import type { Lang } from '../i18n/locale';
import { exportWords } from './messages';
import type { EmbeddableChart } from './embed-code';
import { fallbackHeights, stepCaptionAllowance, type EmbedParts } from './embed-layout';
import { story } from '../data/story';
import { storyStepTexts } from './story-step-texts';

/** The links under an embedded chart, in order, in a language; the embed page prints these words. */
export const embedCredit = (lang: Lang) => ({ more: exportWords(lang).embedMore, site: SITE.name, licence: SITE.licence.name });

/** The chart's source line as Chart.astro prints it. */
export function sourceLine(chart: ResolvedChart): string {
  const t = chartChrome(chart.lang);
  const names = chart.sources.map((s) => sourceName(s, chart.lang));
  return `${t.sources(names.length)}: ${names.join(t.sourceSeparator)}. ${t.terms}: ${t.glossary}.`;
}

export function embedParts(chart: ResolvedChart): EmbedParts {
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    sizes: chart.sizes,
    controls: chart.controls,
    key: chart.key,
    notes: chart.notes,
    sourceLine: sourceLine(chart),
    credit: Object.values(embedCredit(chart.lang)).join(' · '),
  };
}

export function embeddable(chart: ResolvedChart): EmbeddableChart {
  const base = { id: chart.id, lang: chart.lang, title: chart.title, heights: fallbackHeights(embedParts(chart)) };
  return chart.id === story.chart ? { ...base, stepCaption: stepCaptionAllowance(storyStepTexts(chart.lang)) } : base;
}
