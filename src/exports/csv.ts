/** A chart's table as CSV: UTF-8, a header row, numbers as numbers, and the chart's sources. */
import { csvFormatRows } from 'd3-dsv';
import type { ChartTable } from '../charts/types';
import type { Source } from '../schemas/sources';
import { sourceLine } from '../lib/source-name';

export function tableToCsv(table: ChartTable, sources: readonly Source[]): string {
  const hasSourceColumn = table.columns.some((c) => /source/i.test(c.key));
  const citing = sources.map(sourceLine).join(' | ');
  const header = table.columns.map((c) => c.label);
  const rows = table.rows.map((r) => table.columns.map((c) => (r[c.key] === undefined ? '' : String(r[c.key]))));
  if (hasSourceColumn) return `${csvFormatRows([header, ...rows])}\n`;
  // A CSV travels alone, so every row carries where its numbers come from.
  return `${csvFormatRows([[...header, 'Sources'], ...rows.map((r) => [...r, citing])])}\n`;
}
