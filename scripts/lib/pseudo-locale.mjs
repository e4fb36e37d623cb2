// The pseudo-locale `xx`, for tests only: every translation file a language needs (contract13,
// "a language is files") written into a fixture copy of the site from the English ones, each text
// made 40 % longer, accented and bracketed «…». A build with it shows whether a third language
// really costs files only, whether layouts hold text longer than German, and, since every
// translated word is marked, whether any English reaches a page unmarked.
//
//   const site = fixtureProject('pseudo');
//   const written = writePseudoLocale(site);   // src/i18n/languages/xx.ts, messages/xx.ts, content/…/xx/
//   await site.build();
//
// Driven by the files that exist: the languages folder's en.ts, every other en.ts under src/ that
// has a sibling in another language (each chart's messages/, the figures' words), every English
// article, and the data files the site's other language translates (content/data/<lang>/), so a
// new chart, page, translation table or data file is covered without touching this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const PSEUDO_LANG = 'xx';

/**
 * The marks around every translated text. Not ⟦…⟧: Source Sans 3 and Arial (whose widths lay out
 * the charts) have no glyph for them, so a browser would draw them in some other font and labels
 * would be measured wrong for a reason no real language has. Guillemets are in both fonts, and
 * English never writes them.
 */
export const BRACKETS = /** @type {const} */ (['«', '»']);

/**
 * The Intl tag of the pseudo-locale. Not English: Intl's own words (months, "Mio.") are then never
 * English, so an English word on an `xx` page is always one of ours that was not translated.
 */
export const PSEUDO_INTL = 'de-DE';

/** Letters that keep their shape but show at once that a text went through the pseudo-locale (all in Latin-1). */
const ACCENTS = Object.fromEntries(
  [...'aáeéiíoöuücçnñyýAÁEÉIÍOÖUÜCÇNÑYÝ'].flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]]] : [])),
);
const accent = (/** @type {string} */ s) => s.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c);

/**
 * Pieces of a text that must survive as they are: `{placeholders}`, escape sequences of the source
 * they stand in, addresses, HTML character references.
 */
const KEEP = /(\{[^{}\s]*\}|\\(?:u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|[\s\S])|https?:\/\/\S+|&#?\w+;)/;

/**
 * One text in the pseudo-locale: accented, 40 % longer (the text's own words again, so the words
 * added are as long as the language's), bracketed. Whitespace at either end stays outside the
 * brackets, because texts are joined by it. A text without letters (a separator, "—", "%") is kept.
 * @param {string} text
 * @param {number} [maxLength] fewer added words where a limit holds for every language (a title)
 */
export function pseudoText(text, maxLength = Infinity) {
  if (!/\p{L}/u.test(text.replace(new RegExp(KEEP.source, 'g'), ''))) return text;
  const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  const pieces = body.split(KEEP).map((p, i) => (i % 2 === 1 ? p : accent(p)));
  const words = body.split(KEEP).filter((_, i) => i % 2 === 0).join(' ').match(/\p{L}+/gu) ?? [];
  const letters = words.join('').length;
  const filler = [];
  for (let k = 0, added = 0; added < Math.ceil(letters * 0.4) && words.length; k++) {
    const w = words[k % words.length];
    // The marks, the words added so far with their spaces, and this word with its space.
    if (text.length + 2 + added + filler.length + w.length + 1 > maxLength) break;
    filler.push(accent(w));
    added += w.length;
  }
  let inner = `${pieces.join('')}${filler.length ? ` ${filler.join(' ')}` : ''}`;
  // A text already at its limit loses its last words to the marks: a limit holds for every language.
  while (lead.length + inner.length + 2 + trail.length > maxLength && inner.includes(' ')) inner = inner.slice(0, inner.lastIndexOf(' '));
  return `${lead}${BRACKETS[0]}${inner}${BRACKETS[1]}${trail}`;
}

/** A string that names something for code or Intl, not for a reader: a language tag ("en-GB", "de_DE"). */
const LANGUAGE_TAG = /^[a-z]{2,3}[-_][A-Z]{2}$/;
const SINGLE_TOKEN = /^[\w-]+$/;

/**
 * A TypeScript translation file (a chart's messages/en.ts, a language's en.ts) in the pseudo-locale:
 * every text a reader meets (string literals and the fixed parts of template literals) turned by
 * `pseudoText`, the code around it untouched, so functions still fill in their values and call
 * the Locale; the top-level name `en` becomes `lang`. Left as they are: modules, property names,
 * types, strings compared or indexed with (`precision === 'day'`), single words passed to a call
 * (`locale.date(d, 'day')`, not `.join(' but ')`), language tags, and the values of `keep` keys.
 * @param {string} source
 * @param {{ lang?: string, from?: string, keep?: Record<string, string> }} [options] `keep`: property
 *   name → the value it gets instead (e.g. `{ intl: "'de-DE'" }`, source text)
 */
export function pseudoTypeScript(source, { lang = PSEUDO_LANG, from = 'en', keep = {} } = {}) {
  const file = ts.createSourceFile('messages.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const replaceRaw = (/** @type {ts.Node} */ node, open = 1, close = 1) => {
    const start = node.getStart(file) + open;
    const end = node.getEnd() - close;
    const raw = source.slice(start, end);
    const out = pseudoText(raw);
    if (out !== raw) edits.push({ start, end, text: out });
  };
  const isCodeString = (/** @type {ts.Node} */ node, /** @type {string} */ value) => {
    const p = node.parent;
    if (LANGUAGE_TAG.test(value)) return true;
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p) || ts.isLiteralTypeNode(p)) return true;
    if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p)) && p.name === node) return true;
    if (ts.isElementAccessExpression(p) || ts.isComputedPropertyName(p) || ts.isCaseClause(p)) return true;
    if (ts.isBinaryExpression(p) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.InKeyword].includes(p.operatorToken.kind)) return true;
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(/** @type {ts.Expression} */ (node)) && SINGLE_TOKEN.test(value)) return true;
    return false;
  };
  const kept = (/** @type {ts.Node} */ node) => {
    const p = node.parent;
    return p && ts.isPropertyAssignment(p) && p.initializer === node && ts.isIdentifier(p.name) && Object.hasOwn(keep, p.name.text) ? keep[p.name.text] : undefined;
  };
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isTypeNode(node) && !ts.isTypeQueryNode(node)) return; // types name strings; they are not shown
    const instead = kept(node);
    if (instead !== undefined) {
      edits.push({ start: node.getStart(file), end: node.getEnd(), text: instead });
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isCodeString(node, node.text)) replaceRaw(node);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      replaceRaw(node.head, 1, 2);
      for (const span of node.templateSpans) {
        visit(span.expression);
        replaceRaw(span.literal, 1, ts.isTemplateTail(span.literal) ? 1 : 2);
      }
      return;
    }
    if (ts.isIdentifier(node) && node.text === from && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node) && !ts.isPropertyAccessExpression(node.parent)) {
      edits.push({ start: node.getStart(file), end: node.getEnd(), text: lang });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * An English article (MDX) in the pseudo-locale. Frontmatter: `title` and `description` turned
 * (within the schema's `limits`), `translationOf` the English slug. Body: the prose turned, and
 * left as they are the components and their props (`<Chart id>`, `<Num k>`, `<Term id>` around
 * turned words), footnote labels, link targets (site links moved under /<lang>/), code. The
 * spotlight's quotations stay English, marked `lang="en"`, with a pseudo rendering: `<Quote>` gets
 * `translation`, `<q>` a bracketed rendering after it.
 * @param {string} source
 * @param {{ lang?: string, slug: string, limits?: Record<string, number> }} options
 */
export function pseudoMdx(source, { lang = PSEUDO_LANG, slug, limits = {} }) {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!fm) throw new Error(`${slug}.mdx has no frontmatter`);
  const front = fm[1]
    .split('\n')
    .map((line) => {
      const m = /^(title|description):\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(line);
      if (!m) return line;
      // Less padding where the schema has a limit: it holds for every language.
      return `${m[1]}: ${JSON.stringify(pseudoText(m[2], limits[m[1]]))}`;
    })
    .filter((line) => !/^translationOf:/.test(line));
  front.push(`translationOf: ${JSON.stringify(slug)}`);
  const body = source.slice(fm[0].length);
  return `---\n${front.join('\n')}\n---\n${pseudoMdxBody(body, lang)}`;
}

/** Markup and syntax in MDX prose that a translator keeps (the prose between them is turned). */
const MDX_SYNTAX = new RegExp(
  [
    /`[^`\n]*`/.source, // code
    /<\/?[A-Za-z][\w.]*(?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/?>/.source, // a tag, with its props
    /\[\^[^\]\s]+\](?::)?/.source, // a footnote's reference or label
    /\]\([^)\s]*\)/.source, // the end of a link and its target
    /^\s{0,3}(?:#{1,6}|[-*+]|\d+\.)\s/.source, // a heading's or list item's marker
    /^\s*(?:---|\*\*\*)\s*$/.source,
    /[*_]{1,3}|\[|\|/.source, // emphasis, a link's opening, a table's pipes
    /https?:\/\/[^\s)]+/.source,
    /&#?\w+;/.source,
  ].join('|'),
  'gm',
);

/** @param {string} body @param {string} lang */
function pseudoMdxBody(body, lang) {
  // The spotlight's words stay hers: English, marked, with our (pseudo) rendering beside them.
  const quotation = (/** @type {string} */ q) =>
    q.startsWith('<Quote>')
      ? q.replace(/^<Quote>([\s\S]*)<\/Quote>$/, (_, t) => `<Quote lang="en" translation="${pseudoText(plain(t)).replace(/"/g, '”')}">${t}</Quote>`)
      : q.replace(/^<q>([\s\S]*)<\/q>$/, (_, t) => `<q lang="en">${t}</q> (${pseudoText(plain(t))})`);
  return body
    .split(/(<Quote>[\s\S]*?<\/Quote>|<q>[\s\S]*?<\/q>)/)
    .map((part, i) => {
      if (i % 2 === 1) return quotation(part);
      let out = '';
      let at = 0;
      for (const m of part.matchAll(MDX_SYNTAX)) {
        out += turnProse(part.slice(at, m.index));
        out += siteLink(readerProps(m[0]), lang);
        at = m.index + m[0].length;
      }
      return out + turnProse(part.slice(at));
    })
    .join('');
}

/** A tag's props that readers see (a story step's `title="…"`) are prose; every other prop is kept. */
const readerProps = (/** @type {string} */ syntax) =>
  syntax.startsWith('<') ? syntax.replace(/(\stitle=")([^"]*)(")/g, (_, open, text, close) => `${open}${pseudoText(text).replace(/"/g, '”')}${close}`) : syntax;

/** Text between syntax: each line's words turned, the line breaks (paragraphs) kept. */
const turnProse = (/** @type {string} */ s) => s.split('\n').map((line) => pseudoText(line)).join('\n');

/** A link to a page of the site leads to its page in the language: `](/articles/x/)` → `](/xx/articles/x/)`. */
const siteLink = (/** @type {string} */ syntax, /** @type {string} */ lang) => syntax.replace(/^\]\(\/(?!\/)/, `](/${lang}/`);

/** A quotation's words without their markup, for an attribute value. */
const plain = (/** @type {string} */ s) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

/**
 * A data file's translation in the pseudo-locale, shaped as the reference language's (`reference`,
 * e.g. the German content/data/de/<file>) but with the English texts turned: a whole file
 * (glossary.json: its strings that the reference translates, i.e. that differ from the English,
 * are turned, the rest kept), or an overlay keyed by data file and record id (texts.json), whose
 * English counterparts are found in content/data/ by key or by record id.
 * @param {unknown} reference the reference language's file, parsed
 * @param {unknown} english the English file of the same name (a whole file), or undefined (an overlay)
 * @param {(file: string) => unknown} readEnglish the English data file of a name, parsed
 * @param {string} where the file's name, for errors
 */
export function pseudoData(reference, english, readEnglish, where) {
  if (english !== undefined) return turnTranslated(reference, english, where);
  if (!reference || typeof reference !== 'object') throw new Error(`${where}: an overlay is an object of data files`);
  return Object.fromEntries(
    Object.entries(reference).map(([file, records]) => {
      const english = readEnglish(file);
      return [file, overlay(withEveryRecordsFields(records), english, `${where} › ${file}`)];
    }),
  );
}

/**
 * A field the reference gives for some records only (partners' `name`, where ISO's names in that
 * language are wrong) is one a language may need for all: the pseudo-locale has no ISO names, so it
 * gives each such field for every record.
 * @param {unknown} records
 */
function withEveryRecordsFields(records) {
  if (!records || typeof records !== 'object' || Array.isArray(records)) return records;
  const values = Object.values(records).filter((r) => r && typeof r === 'object' && !Array.isArray(r));
  const fields = new Set(values.flatMap((r) => Object.entries(r).filter(([, v]) => typeof v === 'string').map(([k]) => k)));
  return Object.fromEntries(Object.entries(records).map(([id, r]) => [id, r && typeof r === 'object' && !Array.isArray(r) ? { ...Object.fromEntries([...fields].map((f) => [f, IF_ENGLISH_HAS])), ...r } : r]));
}

/** @returns {unknown} */
function turnTranslated(/** @type {unknown} */ ref, /** @type {unknown} */ en, /** @type {string} */ where) {
  if (typeof ref === 'string' && typeof en === 'string') return ref === en ? en : pseudoText(en);
  if (Array.isArray(ref) && Array.isArray(en)) return en.map((x, i) => turnTranslated(ref[i], x, `${where}[${i}]`));
  if (ref && en && typeof ref === 'object' && typeof en === 'object')
    return Object.fromEntries(Object.entries(en).map(([k, v]) => [k, k in ref ? turnTranslated(/** @type {Record<string, unknown>} */ (ref)[k], v, `${where}.${k}`) : v]));
  return en;
}

/** A field to give only where the English record has it. */
const IF_ENGLISH_HAS = '\u0000if the English has it';

/** @returns {unknown} */
function overlay(/** @type {unknown} */ ref, /** @type {unknown} */ en, /** @type {string} */ where) {
  if (typeof ref === 'string') {
    if (typeof en !== 'string') throw new Error(`${where}: no English text to turn (the reference translates something the English file does not have)`);
    return pseudoText(en);
  }
  if (Array.isArray(ref)) {
    if (!Array.isArray(en)) throw new Error(`${where}: the English is not a list`);
    return ref.map((x, i) => overlay(x, en[i], `${where}[${i}]`));
  }
  if (ref && typeof ref === 'object')
    return Object.fromEntries(
      Object.entries(ref)
        .map(([k, v]) => [k, v, childOf(en, k)])
        .filter(([, v, e]) => v !== IF_ENGLISH_HAS || typeof e === 'string')
        .map(([k, v, e]) => [k, overlay(v, e, `${where}.${k}`)]),
    );
  return ref;
}

/** The English counterpart of an overlay's key: the property of that name, or the record with that id anywhere below. */
function childOf(/** @type {unknown} */ en, /** @type {string} */ key) {
  if (en && typeof en === 'object' && !Array.isArray(en)) {
    const record = /** @type {Record<string, unknown>} */ (en);
    if (Object.hasOwn(record, key)) return record[key];
    if (record['id'] === key) return record; // a file that is one record
  }
  /** @type {unknown[]} */
  const queue = [en];
  while (queue.length) {
    const n = queue.shift();
    if (Array.isArray(n)) {
      const hit = n.find((x) => x && typeof x === 'object' && /** @type {Record<string, unknown>} */ (x)['id'] === key);
      if (hit) return hit;
      queue.push(...n);
    } else if (n && typeof n === 'object') queue.push(...Object.values(n));
  }
  return undefined;
}

/**
 * Writes every translation file of `lang` into a fixture project (fixture-project.mjs), from the
 * English files there. Returns the paths written, relative to the project.
 * @param {{ root: string, write: (path: string, text: string) => void }} project
 * @param {{ lang?: string, intl?: string }} [options]
 * @returns {string[]}
 */
export function writePseudoLocale(project, { lang = PSEUDO_LANG, intl = PSEUDO_INTL } = {}) {
  const at = (/** @type {string} */ p) => join(project.root, p);
  const read = (/** @type {string} */ p) => readFileSync(at(p), 'utf8');
  /** @type {string[]} */
  const written = [];
  const write = (/** @type {string} */ p, /** @type {string} */ text) => {
    project.write(p, text);
    written.push(p);
  };

  // The language's facts and interface strings: an Intl tag whose words are not English, and
  // short compact names ("Mio."), since the long ones are words of that tag's language.
  // The page's `lang` is the pseudo-locale's own code, so a test can tell its text from English.
  const keep = { intl: `'${intl}'`, compactDisplay: `'short'`, htmlLang: `'${lang}'`, ogLocale: `'${intl.replace('-', '_')}'` };
  write(`src/i18n/languages/${lang}.ts`, pseudoTypeScript(read('src/i18n/languages/en.ts'), { lang, keep }));

  // Every other English translation file under src/: an en.ts beside another language's file
  // (each chart's messages/, the shared chrome's, the figures' words, whatever comes next).
  const others = readdirSync(at('src/i18n/languages')).map((n) => n.replace(/\.ts$/, '')).filter((l) => l !== 'en' && l !== lang);
  const walk = (/** @type {string} */ dir) => {
    const entries = readdirSync(at(dir), { withFileTypes: true });
    const names = new Set(entries.map((e) => e.name));
    if (dir !== 'src/i18n/languages' && names.has('en.ts') && others.some((l) => names.has(`${l}.ts`))) write(`${dir}/${lang}.ts`, pseudoTypeScript(read(`${dir}/en.ts`), { lang }));
    for (const e of entries) if (e.isDirectory()) walk(`${dir}/${e.name}`);
  };
  walk('src');

  // Every English article (content/articles/*.mdx: English is the folder's top level).
  const limits = schemaLimits(read('src/schemas/article.ts'));
  for (const name of readdirSync(at('content/articles')).filter((n) => n.endsWith('.mdx'))) {
    const slug = name.replace(/\.mdx$/, '');
    write(`content/articles/${lang}/${name}`, pseudoMdx(read(`content/articles/${name}`), { lang, slug, limits }));
  }

  // The data files a language translates: those the site's other languages have in content/data/<lang>/.
  const reference = others.find((l) => existsSync(at(`content/data/${l}`)));
  if (reference) {
    const readEnglish = (/** @type {string} */ f) => {
      if (!existsSync(at(`content/data/${f}`))) throw new Error(`content/data/${reference}/ translates "${f}", which content/data/ does not have`);
      return JSON.parse(read(`content/data/${f}`));
    };
    for (const name of readdirSync(at(`content/data/${reference}`)).filter((n) => n.endsWith('.json'))) {
      const ref = JSON.parse(read(`content/data/${reference}/${name}`));
      const english = existsSync(at(`content/data/${name}`)) ? JSON.parse(read(`content/data/${name}`)) : undefined;
      write(`content/data/${lang}/${name}`, `${JSON.stringify(pseudoData(ref, english, readEnglish, `content/data/${reference}/${name}`), null, 2)}\n`);
    }
  }
  return written;
}

/** The `.max(n)` of each frontmatter string field in the article schema, so a pseudo title still fits. */
function schemaLimits(/** @type {string} */ schema) {
  /** @type {Record<string, number>} */
  const limits = {};
  for (const m of schema.matchAll(/(\w+):\s*z\s*\.string\(\)((?:[^,]|,(?!\s*\n\s*\w+:))*)/g)) {
    const max = /\.max\((\d+)/.exec(m[2]);
    if (max) limits[m[1]] = Number(max[1]);
  }
  return limits;
}
