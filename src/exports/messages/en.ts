/** Every English word of what charts become off the site: downloads, embeds, cards, citations, the classroom zip. */
export const en = {
  /** A CSV's last column when the chart's table has no Sources column of its own. */
  csvSources: 'Sources',
  /** The credit in JSON downloads and under OG cards: "Sanctions, Sidestepped, based on ZOiS Spotlight 17/2024 by Ewa Dąbrowska". */
  credit: (site: string, series: string, author: string) => `${site}, based on ${series} by ${author}`,
  /** The first link under an embedded chart. */
  embedMore: 'Notes, sources and data',
  /** The kicker of a chart's Open Graph card. */
  ogChart: 'Chart',
  downloads: {
    png: { label: 'Picture (PNG)', note: 'for slides and worksheets' },
    svg: { label: 'Picture (SVG)', note: 'sharp at any size' },
    viewPng: (view: string) => `“${view}” view (PNG)`,
    viewSvg: (view: string) => `“${view}” view (SVG)`,
    viewNote: 'the chart in this view',
    csv: { label: 'Data (CSV)', note: 'for spreadsheets, with sources' },
    json: { label: 'Data (JSON)', note: 'with title, sources and licence' },
  },
  citations: {
    both: (style: string) => `${style}: both entries`,
    ours: (style: string, what: 'chart' | 'article') => `${style}: this ${what}`,
    spotlight: (style: string) => `${style}: the spotlight it is based on`,
    chicago: 'Chicago 18 (bibliography)',
    /** The spotlight's publisher in citations. */
    spotlightPublisher: 'Centre for East European and International Studies (ZOiS)',
  },
  /** The classroom zip's README.txt, line by line ({…} already filled in). */
  readme: {
    heading: (site: string) => `${site}: classroom bundle`,
    intro: (p: { root: string; series: string; title: string; author: string; published: string }) => [
      `Charts from ${p.root}, an explainer of ${p.series},`,
      `"${p.title}" by ${p.author} (${p.published}).`,
      '',
      'Each chart comes as a PNG (for slides and worksheets), an SVG (scales to any size) and a CSV',
      '(its data, with sources, to open in a spreadsheet).',
    ],
    files: (files: string) => `Files: ${files}`,
    view: (label: string, files: string) => `View "${label}": ${files}`,
    online: (url: string) => `Online, with embed code: ${url}`,
    cite: (reference: string) => `Cite (APA 7): ${reference}`,
    licences: 'Licences',
    ours: (licence: string, url: string, credit: string) => `Our charts and data: ${licence} (${url}). Credit "${credit}".`,
    others: 'Quotations remain their authors\'. Map outlines: Natural Earth (public domain).',
    research: 'The original research',
    reference: (reference: string) => `Its reference (APA 7): ${reference}`,
    series: (url: string) => `Listed in the ZOiS Spotlight series: ${url}`,
    csl: [
      'The citations are made with citeproc-js and the official styles of the Citation Style Language project',
      '(https://citationstyles.org/), licensed CC BY-SA 3.0.',
    ],
  },
};
export type ExportMessages = typeof en;
