/**
 * Citations for a chart or an article in four styles. Each credits this site (the work cited) and
 * the spotlight it is based on, so a teacher's reference list leads back to the original research.
 */
import { SITE, SPOTLIGHT } from '../lib/site';

export interface CitableWork {
  /** "chart" or "article": named in the citation so a reader knows what to look for. */
  kind: 'chart' | 'article';
  /** Stable id, used in the BibTeX key. */
  id: string;
  title: string;
  url: string;
  /** When the work was last updated. */
  updated: Date;
}

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
}

export const CITATION_STYLES: { key: keyof Citations; label: string }[] = [
  { key: 'apa', label: 'APA 7' },
  { key: 'mla', label: 'MLA 9' },
  { key: 'chicago', label: 'Chicago' },
  { key: 'bibtex', label: 'BibTeX' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A quoted title closes with a full stop, unless it already ends in one, a ? or a ! (no “…?.”). */
const closed = (title: string): string => (/[.?!]$/.test(title) ? title : `${title}.`);

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Title case as MLA and Chicago want it: minor words stay lower case unless first. */
function titleCase(s: string): string {
  const minor = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'nor', 'of', 'on', 'or', 'out', 'the', 'to', 'up', 'via']);
  return s
    .split(' ')
    .map((w, i) => (i > 0 && minor.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** Sentence case as APA wants it: first word and words after a colon capitalised; names keep theirs. */
function sentenceCase(s: string, keep: readonly string[]): string {
  return s
    .split(' ')
    .map((w, i, all) => {
      if (keep.includes(w.replace(/[^\p{L}-]/gu, ''))) return w;
      if (i === 0 || all[i - 1]!.endsWith(':')) return w.charAt(0).toUpperCase() + w.slice(1);
      return w.toLowerCase();
    })
    .join(' ');
}

const PROPER = ['Russia', 'Russia’s', 'Western', 'RUB', 'USD', 'EAEU', 'BRICS', 'OECD', 'Russoft', 'ZOiS', 'Dąbrowska', 'US', 'China', 'Ukraine'];

/** BibTeX needs braces and a few characters escaped; keep capitals with double braces in titles. */
const bib = (s: string) => s.replace(/([&%$#_])/g, '\\$1');

export function citations(work: CitableWork): Citations {
  const d = work.updated;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const what = work.kind === 'chart' ? 'Chart' : 'Article';
  const spotlightApa = `Dąbrowska, E. (2024). ${sentenceCase(SPOTLIGHT.title, PROPER)} (${SPOTLIGHT.series}). Centre for East European and International Studies (ZOiS).`;
  const spotlightMla = `Ewa Dąbrowska, “${titleCase(SPOTLIGHT.title)},” ${SPOTLIGHT.series}, Centre for East European and International Studies (ZOiS), 18 Sept. 2024`;
  const spotlightChicago = `Ewa Dąbrowska, “${titleCase(SPOTLIGHT.title)},” ${SPOTLIGHT.series} (Berlin: Centre for East European and International Studies, September 18, 2024)`;

  const apa = `${SITE.name}. (${y}, ${MONTHS[m]} ${day}). ${sentenceCase(work.title, PROPER)} [${what}]. ${work.url} Based on ${spotlightApa}`;
  const mla = `“${closed(titleCase(work.title))}” ${SITE.name}, ${day} ${MLA_MONTHS[m]} ${y}, ${work.url}. ${work.kind === 'chart' ? 'Chart' : 'Article'} based on ${spotlightMla}.`;
  const chicago = `${SITE.name}. “${closed(titleCase(work.title))}” ${what}. ${MONTHS[m]} ${day}, ${y}. ${work.url}. Based on ${spotlightChicago}.`;
  const key = `sidestepped${y}${work.id.replace(/[^a-z0-9]/g, '')}`;
  const bibtex = [
    `@misc{${key},`,
    `  author       = {{${bib(SITE.name)}}},`,
    `  title        = {{${bib(work.title)}}},`,
    `  howpublished = {${what}},`,
    `  year         = {${y}},`,
    `  month        = ${BIB_MONTHS[m]},`,
    `  url          = {${work.url}},`,
    `  note         = {Based on \\cite{dabrowska2024}. Licence: ${SITE.licence.name}},`,
    `}`,
    ``,
    `@techreport{dabrowska2024,`,
    `  author      = {Dąbrowska, Ewa},`,
    `  title       = {{${bib(SPOTLIGHT.title)}}},`,
    `  institution = {Centre for East European and International Studies (ZOiS)},`,
    `  address     = {Berlin},`,
    `  type        = {ZOiS Spotlight},`,
    `  number      = {17/2024},`,
    `  year        = {2024},`,
    `  month       = sep,`,
    `  url         = {${SPOTLIGHT.seriesUrl}},`,
    `}`,
  ].join('\n');
  return { apa, mla, chicago, bibtex };
}
