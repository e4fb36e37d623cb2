/** How a chart names a source in its source line and data table: "Ewa Dąbrowska (2024)". */
import type { Source } from '../schemas/sources';

export const sourceName = (s: Pick<Source, 'author' | 'publisher' | 'date'>): string =>
  `${s.author ?? s.publisher}${s.date ? ` (${s.date.slice(0, 4)})` : ''}`;
