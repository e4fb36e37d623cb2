/**
 * Every English string of the chart chrome that all charts share: the figure around the drawing
 * (Chart.astro, ChartTable.astro), the behaviour the browser adds (read from data attributes, so
 * the client bundle carries no text) and the frame of standalone files.
 */
export const en = {
  /** The static key's list name. */
  key: 'Key',
  /** The source line under a chart: "Sources: A; B. Terms: glossary." */
  sources: (count: number): string => (count === 1 ? 'Source' : 'Sources'),
  sourceSeparator: '; ',
  terms: 'Terms',
  /** How a source known only by its topic is named (texts.json's `topic` follows these words). */
  publicReporting: (topic: string) => `Public reporting on ${topic}`,
  /** A topic-less public-reporting entry (never in our data; the schema asks for a topic). */
  thisTopic: 'this topic',
  glossary: 'glossary',
  table: {
    toggle: 'Show the data as a table',
    /** Before the sources every row shares, named once in the caption (a list of links follows). */
    everyRow: 'Every row draws on',
    /** After them: whether a Sources column follows with the rest. */
    rest: (column: boolean): string => (column ? '; the Sources column lists the rest.' : '.'),
    /** A row without sources of its own. */
    none: '—',
  },
  /**
   * The drawing's name once its marks are focusable (shared/enhance.ts); `{n}` is the number of
   * marks, filled in by the browser.
   */
  marks: 'Chart, {n} items: arrow keys move between them',
  /** Standalone files (src/exports/standalone-svg.ts). */
  standalone: {
    /** The switch values a file is drawn in, when not the initial ones ("Formal status, Sept 2024" a list). */
    shown: (values: string) => `Shown: ${values}`,
    source: (names: string) => `Source: ${names}`,
    note: (note: string) => `Note: ${note}`,
  },
};
export type ChartChromeMessages = typeof en;
