/** How pages, charts and downloads name a bibliography entry. */
import type { Source } from '../schemas/sources';
import { chartChrome } from '../charts/shared/messages';
import { DEFAULT_LANG, type Lang } from '../i18n/locale';

type Named = Pick<Source, 'kind' | 'author' | 'publisher' | 'topic' | 'date'>;

/** Who the entry is, without a date, in a language: "Ewa Dąbrowska", "TASS", "Public reporting on Baikal Electronics". */
export const sourceWho = (s: Named, lang: Lang = DEFAULT_LANG): string => {
  const t = chartChrome(lang);
  return s.kind === 'public-reporting' ? t.publicReporting(s.topic ?? t.thisTopic) : (s.author ?? s.publisher ?? '');
};

/** How a chart names a source in its source line and data table: "Ewa Dąbrowska (2024)", "TASS (2019)". */
export const sourceName = (s: Named, lang: Lang = DEFAULT_LANG): string => `${sourceWho(s, lang)}${s.date ? ` (${s.date.slice(0, 4)})` : ''}`;

/**
 * One line that travels with downloads (CSV, JSON): who, when, and what the entry supports, so a
 * reader who has only the file knows exactly what each source says, and that no title is invented.
 */
export const sourceLine = (s: Named & Pick<Source, 'title' | 'covers'>, lang: Lang = DEFAULT_LANG): string =>
  `${sourceWho(s, lang)}${s.date ? ` (${s.date})` : ''}: ${s.title ?? s.covers.join(' ')}`;

/**
 * The bibliography entries of a list of ids, in order. An id that names no entry stops the build:
 * data validation already refuses unknown ids in data files, so one here is a bug in code.
 */
export function sourcesByIds<S extends { id: string }>(ids: readonly string[], sources: readonly S[], who: string): S[] {
  return [...new Set(ids)].map((id) => {
    const s = sources.find((x) => x.id === id);
    if (!s) throw new Error(`${who}: no source "${id}" in content/data/sources.json`);
    return s;
  });
}
