/**
 * A chart's table as CSV: UTF-8, a header row with each numeric column's unit, numbers as plain
 * numbers (a spreadsheet computes with them), and a last "Sources" column that names every row's
 * sources, with their address where there is one. Every CSV ends the same way.
 */
import { csvFormatRows } from 'd3-dsv';
import { columnHeader, type ChartTable } from '../charts/types';
import type { Source } from '../schemas/sources';
import { sourceLine } from '../lib/source-name';
import { DEFAULT_LANG, type Lang } from '../i18n/locale';
import { exportWords } from './messages';

/** How a CSV names a source: who, when, what it is or supports, and its address where it has one. */
export const csvSourceName = (s: Source, lang: Lang = DEFAULT_LANG): string => `${sourceLine(s, lang)}${s.url ? ` (${s.url})` : ''}`;

/**
 * @param table the chart's table; a `sources` column holds source ids separated by spaces
 * @param chartSources the chart's sources: every row's sources when the table has no such column
 * @param bibliography every source, to name the ids of a `sources` column
 * @param lang the table's language: the words of the Sources column
 */
export function tableToCsv(table: ChartTable, chartSources: readonly Source[], bibliography: readonly Source[] = chartSources, lang: Lang = DEFAULT_LANG): string {
  const name = (s: Source) => csvSourceName(s, lang);
  const byId = new Map(bibliography.map((s) => [s.id, s]));
  const named = (ids: string) =>
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const s = byId.get(id);
        if (!s) throw new Error(`CSV "${table.caption}": unknown source id "${id}"`);
        return name(s);
      })
      .join('; ');
  const sourcesColumn = table.columns.find((c) => c.key === 'sources');
  const columns = table.columns.filter((c) => c !== sourcesColumn);
  const everyRow = chartSources.map(name).join('; ');
  const header = [...columns.map(columnHeader), sourcesColumn ? columnHeader(sourcesColumn) : exportWords(lang).csvSources];
  const rows = table.rows.map((r) => [
    ...columns.map((c) => {
      const v = r[c.key];
      if (c.numeric && typeof v !== 'number') throw new Error(`CSV "${table.caption}": column "${c.label}" is numeric but holds ${JSON.stringify(v)}`);
      return v === undefined ? '' : String(v);
    }),
    // A CSV travels alone, so every row carries where its numbers come from.
    sourcesColumn ? named(String(r[sourcesColumn.key] ?? '')) : everyRow,
  ]);
  return `${csvFormatRows([header, ...rows])}\n`;
}
