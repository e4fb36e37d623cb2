/**
 * Citations for a chart or an article. Each style gives two separate references: the work on this
 * site and the spotlight it is based on, so a teacher's reference list leads back to the original
 * research. APA 7, MLA 9 and Chicago are produced by citeproc-js from the official CSL styles
 * (src/exports/csl/, CC BY-SA 3.0), not by hand; BibTeX is written here and stays valid for both
 * bibtex and biber.
 */
import CSL, { type CslItem, type Engine } from 'citeproc';

/** A CSL-JSON item before it gets its id. */
type CslData = { type: string } & Record<string, unknown>;
import apaStyle from './csl/apa.csl?raw';
import mlaStyle from './csl/modern-language-association.csl?raw';
import chicagoStyle from './csl/chicago-notes-bibliography.csl?raw';
import { SITE, SPOTLIGHT } from '../lib/site';
import { DEFAULT_LANG, localeData, type Lang } from '../i18n/locale';
import { exportWords } from './messages';

/** CSL locale files (csl/locales-<tag>.xml), found by name: a language needs its file, never code. */
const CSL_LOCALES: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('./csl/locales-*.xml', { query: '?raw', import: 'default', eager: true })).map(([f, xml]) => [
    f.replace(/^.*locales-(.+)\.xml$/, '$1'),
    xml,
  ]),
);
/** The CSL locale of a language: its Intl tag if there is a file for it, else US English for English. */
function cslLocale(lang: Lang): string {
  const tag = localeData(lang).intl;
  if (CSL_LOCALES[tag]) return tag;
  if (lang === DEFAULT_LANG) return 'en-US';
  throw new Error(`src/exports/csl/locales-${tag}.xml is missing: copy it from the CSL project's locales repository (see src/exports/csl/README.md)`);
}
import { cachedText, digest, packageVersion } from '../lib/build-cache';

export interface CitableWork {
  /** "chart" or "article". */
  kind: 'chart' | 'article';
  /** Stable id, used in the BibTeX key. */
  id: string;
  /** The title as the site prints it, in sentence case (CSL styles that want title case convert it). */
  title: string;
  url: string;
  /** When the work was last updated. */
  updated: Date;
  /** The language the citation is written in (its CSL locale: dates, "Retrieved", "In"); English if left out. */
  lang?: Lang;
}

/** One style's two references, never joined: the work cited and the research it is based on. */
export interface References {
  ours: string;
  spotlight: string;
}

export interface Citations {
  apa: References;
  mla: References;
  chicago: References;
  /** A small .bib file: one entry for the work and one for the spotlight, linked by \cite. */
  bibtex: string;
}

export type CslStyle = 'apa' | 'mla' | 'chicago';

export const CITATION_STYLES: { key: keyof Citations; label: string }[] = [
  { key: 'apa', label: 'APA 7' },
  { key: 'mla', label: 'MLA 9' },
  { key: 'chicago', label: 'Chicago 18 (bibliography)' },
  { key: 'bibtex', label: 'BibTeX' },
];

/** One copy field for each reference: the two references of a style sit in two fields, one after the other. */
export interface CitationField {
  key: string;
  label: string;
  value: string;
  code: boolean;
}

export function citationFields(c: Citations, what: 'chart' | 'article', lang: Lang = DEFAULT_LANG): CitationField[] {
  const w = exportWords(lang).citations;
  return CITATION_STYLES.flatMap(({ key, label: english }): CitationField[] => {
    const label = key === 'chicago' ? w.chicago : english;
    const v = c[key];
    if (typeof v === 'string') return [{ key, label: w.both(label), value: v, code: true }];
    return [
      { key: `${key}-ours`, label: w.ours(label, what), value: v.ours, code: false },
      { key: `${key}-spotlight`, label: w.spotlight(label), value: v.spotlight, code: false },
    ];
  });
}

const STYLES: Record<CslStyle, string> = { apa: apaStyle, mla: mlaStyle, chicago: chicagoStyle };

/** Sentence case as CSL data wants it (styles that need title case convert it): names keep their capitals. */
export function sentenceCase(s: string, keep: readonly string[]): string {
  return s
    .split(' ')
    .map((w, i, all) => {
      if (keep.includes(w.replace(/[^\p{L}-]/gu, ''))) return w;
      if (i === 0 || all[i - 1]!.endsWith(':')) return w.charAt(0).toUpperCase() + w.slice(1);
      return w.toLowerCase();
    })
    .join(' ');
}

const dateParts = (d: Date) => ({ 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });

/** The spotlight as a report in a numbered series. Its own address is not confirmed, so no URL. */
const spotlightItem = (lang: Lang): CslData => ({
  type: 'report',
  author: [{ family: 'Dąbrowska', given: 'Ewa' }],
  title: sentenceCase(SPOTLIGHT.title, ['Russia', 'Western']),
  'collection-title': 'ZOiS Spotlight',
  'collection-number': SPOTLIGHT.series.replace(/^ZOiS Spotlight /, ''),
  publisher: exportWords(lang).citations.spotlightPublisher,
  'publisher-place': 'Berlin',
  // The title stays English in every language: it is the work's own.
  language: 'en',
  issued: dateParts(new Date(Date.UTC(2024, 8, 18))),
});

/**
 * Our work as a web page. The site is its own author, and each manual says what to do then: APA
 * names the group as author and leaves out the site name; MLA and Chicago start with the title
 * (Chicago's style then puts the site in the author's place).
 */
function ourItem(work: CitableWork, style: CslStyle): CslData {
  const common = { type: 'webpage', title: work.title, issued: dateParts(work.updated), URL: work.url };
  return style === 'apa' ? { ...common, author: [{ literal: SITE.name }] } : { ...common, 'container-title': SITE.name };
}

const engines = new Map<string, { engine: Engine; items: Map<string, CslItem> }>();

/** References already made: every chart and article page asks again for the spotlight's, and citeproc takes milliseconds for each. */
const made = new Map<string, string>();

const engineKeys = new Map<string, string>();

/** What a reference depends on besides its item: citeproc, the style and the locale (their XML, hashed once). */
function engineKey(style: CslStyle, locale: string): string {
  const at = `${style} ${locale}`;
  let k = engineKeys.get(at);
  if (k === undefined) engineKeys.set(at, (k = digest([packageVersion('citeproc'), STYLES[style], CSL_LOCALES[locale] ?? locale])));
  return k;
}

/** One reference, alone, so that no other item changes it (no "2026a", no "———" for a repeated author). */
function reference(style: CslStyle, item: CslData, lang: Lang): string {
  const key = `${style} ${lang} ${JSON.stringify(item)}`;
  const hit = made.get(key);
  if (hit !== undefined) return hit;
  // On disk too: citeproc takes about a second to build an engine from a style, on every build.
  const locale = cslLocale(lang);
  const out = cachedText('citations', [engineKey(style, locale), key], () => makeReference(style, item, locale));
  made.set(key, out);
  return out;
}

function makeReference(style: CslStyle, item: CslData, locale: string): string {
  let e = engines.get(`${style} ${locale}`);
  if (!e) {
    const items = new Map<string, CslItem>();
    const engine = new CSL.Engine(
      {
        // en-US is every locale's fallback in citeproc-js, so it is always offered.
        retrieveLocale: (tag: string) => CSL_LOCALES[tag] ?? CSL_LOCALES['en-US']!,
        retrieveItem: (id) => {
          const found = items.get(id);
          if (!found) throw new Error(`citation: no item "${id}"`);
          return found;
        },
      },
      STYLES[style],
      locale,
      true,
    );
    engine.setOutputFormat('text');
    e = { engine, items };
    engines.set(`${style} ${locale}`, e);
  }
  // The engine caches items by id: a new id for each distinct item keeps every reference fresh.
  const id = JSON.stringify(item);
  e.items.set(id, { ...item, id });
  e.engine.updateItems([id]);
  const bib = e.engine.makeBibliography();
  if (!bib || bib[1].length !== 1) throw new Error(`citation: the ${style} style made no reference`);
  return bib[1][0]!.trim();
}

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibTeX needs a few characters escaped; titles sit in double braces so their capitals stay. */
const bib = (s: string) => s.replace(/([&%$#_])/g, '\\$1');

function bibtex(work: CitableWork): string {
  const d = work.updated;
  const y = d.getUTCFullYear();
  const what = work.kind === 'chart' ? 'Chart' : 'Article';
  const key = `sidestepped${y}${work.id.replace(/[^a-z0-9]/g, '')}`;
  return [
    `@misc{${key},`,
    `  author       = {{${bib(SITE.name)}}},`,
    `  title        = {{${bib(work.title)}}},`,
    `  howpublished = {${what}},`,
    `  year         = {${y}},`,
    `  month        = ${BIB_MONTHS[d.getUTCMonth()]},`,
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
    `}`,
  ].join('\n');
}

/** The spotlight's reference in one style. */
export const spotlightReference = (style: CslStyle, lang: Lang = DEFAULT_LANG): string => reference(style, spotlightItem(lang), lang);

/** A work's citations in its language (`work.lang`, English if left out); BibTeX's fields stay as they are in every language. */
export function citations(work: CitableWork): Citations {
  const lang = work.lang ?? DEFAULT_LANG;
  const both = (style: CslStyle): References => ({ ours: reference(style, ourItem(work, style), lang), spotlight: spotlightReference(style, lang) });
  return { apa: both('apa'), mla: both('mla'), chicago: both('chicago'), bibtex: bibtex(work) };
}
