/**
 * The English site's own interface text: the blocks of text that stand on several English pages
 * (the header, the footer, the chart chrome: "Theme", "Light", "Key", "Copy"). Too short to read as
 * English prose, they are found on another language's page by being the same text. A text that the
 * language's own files also contain ("China", "BRICS", "Sanctions, Sidestepped") is that language's
 * too, and allowed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtLangs } from '../e2e/pages';
import { ALLOWED_ENGLISH, wordsOf } from './english-prose';
import { filesIn } from './files';
import { htmlLang, visibleText, type TextBlock } from './visible-text';

/** Each language's own words, by its texts (read once per test file). */
const ownWords = new Map<string, Set<string>>();

/** How many English pages a text must stand on to count as interface text. */
const REPEATED = 3;

/**
 * Everything a language's own translation files say (contract13: each <lang>.ts under src/, content/articles/<lang>/,
 * content/data/<lang>/): not their comments, nor the English quotations they mark `lang="en"`, nor
 * notes for translators (content/<lang>/*.md, which quote the English).
 */
export function sourceTextsOf(lang: string, root = '.'): string {
  const texts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|mdx|json)$/.test(name) && (p.split(/[\\/]/).includes(lang) || name === `${lang}.ts`)) texts.push(textsOfFile(name, readFileSync(p, 'utf8')));
    }
  };
  for (const d of ['src', 'content']) walk(join(root, d));
  return texts.join('\n');
}

/** What a translation file says to readers: a module's string literals, a JSON file's values, an article's text. */
function textsOfFile(name: string, source: string): string {
  if (name.endsWith('.json')) {
    const values: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') values.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(source));
    return values.join('\n');
  }
  if (name.endsWith('.ts')) {
    const code = source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, ' ');
    return [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`|"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1] ?? m[2] ?? m[3]).join('\n');
  }
  return source.replace(/<Quote\b[^>]*lang="en"[^>]*>[\s\S]*?<\/Quote>|<q lang="en">[\s\S]*?<\/q>/g, ' ');
}

export function englishInterfaceText(dist: string) {
  const [root, ...others] = builtLangs(dist);
  const rootPages = filesIn(dist).filter((f) => f.endsWith('.html') && !others.some((l) => f.startsWith(`${l}/`)));
  const seen = new Map<string, number>();
  for (const f of rootPages) {
    const html = readFileSync(join(dist, f), 'utf8');
    const texts = new Set(visibleText(html, htmlLang(html)).filter((b) => /\p{Ll}{2}/u.test(b.text)).map((b) => b.text));
    for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const repeated = new Set([...seen].filter(([, n]) => n >= REPEATED).map(([t]) => t));
  return {
    root,
    texts: repeated,
    /** The blocks of `html` (a page of another language) that are the English interface text and not in `ownTexts`. */
    leaksOn(html: string, ownTexts: string): TextBlock[] {
      const named = (t: string) => !/\p{L}/u.test(ALLOWED_ENGLISH.reduce((rest, a) => rest.split(a).join(' '), t));
      // The language's own if each of its words is one of the language's files ("Ewa Dąbrowska (2024)").
      const own = ownWords.get(ownTexts) ?? new Set(wordsOf(ownTexts).map((w) => w.toLowerCase()));
      ownWords.set(ownTexts, own);
      const theirs = (t: string) => wordsOf(t).every((w) => own.has(w.toLowerCase()));
      return visibleText(html, htmlLang(html)).filter((b) => !/^en\b/i.test(b.lang) && repeated.has(b.text) && !theirs(b.text) && !named(b.text));
    },
  };
}
