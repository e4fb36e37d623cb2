/** The contract every chart in the registry keeps. */
import type { Datasets } from '../data';
import type { Lang, Locale } from '../i18n/locale';
import type { Source } from '../schemas/sources';
import type { SvgNode } from './shared/svg';

export type { Lang, Locale };

export type ChartLayoutName = 'wide' | 'narrow';
export const LAYOUTS: readonly ChartLayoutName[] = ['wide', 'narrow'];

export interface Size {
  width: number;
  height: number;
}

export interface RenderOptions {
  layout: ChartLayoutName;
  /**
   * `inline` (default): the SVG sits in a page whose CSS colours it through classes.
   * `standalone`: a self-contained file (downloads): adds xmlns, a background and a `<style>` block.
   */
  theme?: 'inline' | 'standalone';
  /** Control values to draw in (e.g. `{ view: 'formal' }`); the defaults otherwise. */
  state?: Readonly<Record<string, string>>;
  /** Ids of the page elements that name and describe the inline SVG (Chart.astro sets these). */
  labelledBy?: string;
  describedBy?: string;
}

/**
 * A column of a chart's data table (page table, CSV, JSON). A `numeric` column holds numbers only,
 * never formatted strings ("37.1", not "37.1 billion roubles"), so a spreadsheet can compute with
 * it; its `unit` ("billion roubles", "%") is written into the header: "Total (billion roubles)".
 */
export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
  /** The unit of a numeric column's numbers, shown in its header (see `columnHeader`). */
  unit?: string;
}

export type Cell = string | number;

/** A column's header as the page table and the CSV print it: the label with its unit, once. */
export const columnHeader = (c: TableColumn): string =>
  c.unit && !c.label.endsWith(`(${c.unit})`) ? `${c.label} (${c.unit})` : c.label;

export interface ChartTable {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

export interface ControlOption {
  value: string;
  label: string;
  /** Class of a colour swatch shown in the button, e.g. `sw-china`. */
  swatch?: string;
  /** For `switch`: what screen readers hear (politely) when this value is chosen. */
  announce?: string;
}

/**
 * A control rendered as real buttons by Chart.astro and wired by the chart's client script.
 * `filter`: toggle buttons that highlight marks with `data-<name>="<value>"` (the others fade; none
 * pressed shows all as usual; marks whose value has no button never fade).
 * `switch`: one-of buttons; the chosen value is set on the figure as `data-<name>`, and CSS shows
 * the matching layer.
 */
export interface ChartControl {
  kind: 'filter' | 'switch';
  name: string;
  label: string;
  options: ControlOption[];
  /** For `switch`: the value drawn when JavaScript is off. */
  initial?: string;
}

export interface KeyItem {
  label: string;
  swatch: string;
  /** Shape of the swatch: a filled block (default), a line, a hollow ring, a dot. */
  shape?: 'block' | 'ring' | 'dot' | 'band' | 'line' | 'dashed';
  /** Shown only while a switch has this value, e.g. `{ name: 'view', value: 'formal' }`. */
  when?: { name: string; value: string };
}

/** Everything a chart says around its drawing, in the reader's language (from `text()`). */
export interface ChartText {
  /** The takeaway, as a heading. */
  title: string;
  /** What is shown. */
  subtitle: string;
  /** The text alternative: 2–4 sentences with the key numbers, generated from the data. */
  description: string;
  /** Footnotes shown under the chart. */
  notes: string[];
  table: ChartTable;
  /** A static key, shown with JavaScript off (and replaced by filter buttons when they exist). */
  key: KeyItem[];
  controls: ChartControl[];
}

/** What a chart's functions are given: the data, the language's formats and the chart's messages in it. */
export interface ChartContext<M> {
  data: Datasets;
  locale: Locale;
  t: M;
}

export interface DrawOptions {
  layout: ChartLayoutName;
  /** The layout's size in the chart's language (`sizes`, or what `sizeFor` gives). */
  size: Size;
  /** The value of every switch (see `switchState`). */
  state: Readonly<Record<string, string>>;
  /** Drawn for a file that travels alone (downloads), not for a page. */
  standalone: boolean;
}

/**
 * A chart, as its folder exports it (`export default defineChart({...})`) and the registry lists it.
 * The shared renderer (`shared/render.ts`) frames what `draw` returns; pages and exports use a
 * `ResolvedChart` (`resolveChart`), never these functions directly.
 */
export interface ChartDefinition<Id extends string = string, M = unknown> {
  id: Id;
  /** The inline size of each layout (a standalone file adds its key strip: `ResolvedChart.standaloneSize`). */
  sizes: Record<ChartLayoutName, Size>;
  /**
   * Optional: the size of a layout in a language whose words need more room than `sizes` gives
   * (the timeline's German titles wrap to more lines). Defaults to `sizes[layout]`.
   */
  sizeFor?: (c: ChartContext<M>, layout: ChartLayoutName) => Size;
  /** Every string the chart shows, per language (`messages/<lang>.ts`). */
  messages: { en: M } & Partial<Record<Lang, M>>;
  /** Bibliography ids (sources.json) of the chart as a whole. */
  sources: (d: Datasets) => string[];
  text: (c: ChartContext<M>) => ChartText;
  /** The marks, labels and axes of one layout in one state, without the root `<svg>`. */
  draw: (c: ChartContext<M>, o: DrawOptions) => (SvgNode | false | null | undefined)[];
}

/** Keeps the literal id (`'timeline'`), so the registry can derive the `ChartId` type. */
export const defineChart = <const Id extends string, M>(chart: ChartDefinition<Id, M>): ChartDefinition<Id, M> => chart;

/** A chart in one language, with its data: what pages, endpoints and exports use. */
export interface ResolvedChart extends ChartText {
  id: string;
  lang: Lang;
  /** The inline size of each layout in this language. */
  sizes: Record<ChartLayoutName, Size>;
  /** The chart's bibliography entries, in order (an unknown id fails the build). */
  sources: Source[];
  /** The root `<svg>` node; serialise it where it is written out (`serialize` in shared/svg.ts). */
  render: (o: RenderOptions) => SvgNode;
  /** The size of `render({ layout, theme: 'standalone', state })`: the inline size plus the key strip. */
  standaloneSize: (layout?: ChartLayoutName, state?: Readonly<Record<string, string>>) => Size;
}
