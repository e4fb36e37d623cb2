/** The contract every chart in the registry keeps. */
import type { Datasets } from '../data';
import type { ChartId } from './ids';

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

export interface ChartDefinition {
  id: ChartId;
  title: string;
  subtitle: string;
  /** The text alternative: 2–4 sentences with the key numbers, generated from the data. */
  description: (d: Datasets) => string;
  /** Slug of the article the chart belongs to. */
  article: 'partners' | 'software' | 'overview';
  /** Bibliography ids (sources.json) of the chart as a whole. */
  sources: (d: Datasets) => string[];
  sizes: Record<ChartLayoutName, Size>;
  table: (d: Datasets) => ChartTable;
  /** Footnotes shown under the chart. */
  notes: (d: Datasets) => string[];
  /** A static key, shown with JavaScript off (and replaced by filter buttons when they exist). */
  key: (d: Datasets) => KeyItem[];
  controls: (d: Datasets) => ChartControl[];
  render: (d: Datasets, options: RenderOptions) => string;
}
