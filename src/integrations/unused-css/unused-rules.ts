/**
 * Drops the CSS rules a page cannot use. Every stylesheet is inline (astro.config.mjs), so each page
 * would otherwise carry the whole site's CSS: the site header's on an embed, every chart's on a page
 * with one.
 *
 * A selector is kept when every name it needs (element, class, id, attribute) occurs in the page's
 * markup or as a word in the scripts that can change it, the way PurgeCSS decides (a class counts
 * in a script only where the script could be adding it, not in a selector it queries); the arguments of
 * :not(), :is(), :where() and :has() are not required, so a selector is only ever dropped when it
 * cannot match. State that scripts add (html.js, [aria-pressed], [data-view]) is kept because the
 * scripts name it. At-rules without selectors (@font-face, @keyframes) are kept; a block left empty
 * goes. Custom properties (design tokens, both themes) that nothing left reads with var() go too,
 * unless the markup or a script names them.
 */
import * as csstree from 'css-tree';

/** The names a page can match: its tags, classes, ids and attributes, and every word of its scripts. */
export function pageNames(html: string, scripts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const tag of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    names.add(tag[1]!.toLowerCase());
    for (const a of tag[2]!.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)) {
      const attr = a[1]!.toLowerCase();
      names.add(attr);
      if (attr === 'class') for (const c of (a[2] ?? '').split(/\s+/)) if (c) names.add(c).add(classMark(c));
      if (attr === 'id' && a[2]) names.add(a[2]);
    }
  }
  // Custom properties the markup names (outside the CSS being cut).
  for (const [prop] of html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').matchAll(/--[\w-]+/g)) names.add(prop);
  for (const js of scripts) {
    for (const { 0: word, index } of js.matchAll(/[\w-]+/g)) {
      names.add(word);
      // A script can give an element a class it writes as a word ('is-open', "a b"). A word right
      // after a dot (`.chart-control`: a class in a selector it queries, or a property) or right
      // before `[` (`button[data-value]`: an element in a selector) is one it looks for, not one it
      // adds, and a class that the markup lacks and no script adds cannot match.
      if (js[index - 1] !== '.' && js[index + word.length] !== '[') names.add(classMark(word));
      // element.dataset.viewMode sets data-view-mode.
      names.add(`data-${word.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    }
  }
  return names;
}

/** How `names` holds a class that elements can have (besides the bare word, which any other name kind may match). */
const classMark = (name: string) => `.${name}`;

const OPTIONAL_ARGUMENTS = new Set(['not', 'is', 'where', 'has', 'matches', '-webkit-any', 'host', 'host-context']);

function canMatch(selector: csstree.CssNode, names: Set<string>): boolean {
  let ok = true;
  csstree.walk(selector, {
    enter(node: csstree.CssNode) {
      if (!ok) return csstree.walk.break;
      if (node.type === 'PseudoClassSelector' && OPTIONAL_ARGUMENTS.has(node.name.toLowerCase())) return csstree.walk.skip;
      if (node.type === 'TypeSelector' && node.name !== '*' && !node.name.includes('|') && !names.has(node.name.toLowerCase())) ok = false;
      if (node.type === 'ClassSelector' && !names.has(classMark(node.name))) ok = false;
      if (node.type === 'IdSelector' && !names.has(node.name)) ok = false;
      if (node.type === 'AttributeSelector' && !names.has(node.name.name.toLowerCase())) ok = false;
      return undefined;
    },
  });
  return ok;
}

const isEmptyBlock = (node: csstree.CssNode) =>
  (node.type === 'Rule' && node.block.children.isEmpty) || (node.type === 'Atrule' && node.block !== null && node.block.children.isEmpty);

/** Adds to `read` the custom properties a stylesheet reads with var(). */
function propertiesRead(ast: csstree.CssNode, read = new Set<string>()): Set<string> {
  csstree.walk(ast, {
    enter(node: csstree.CssNode) {
      if (node.type === 'Function' && node.name === 'var' && node.children.first?.type === 'Identifier') read.add(node.children.first.name);
      // A custom property's value is not parsed: its var() is in the raw text.
      if (node.type === 'Raw') for (const m of node.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(m[1]!);
    },
  });
  return read;
}

/** Removes the custom-property declarations that are neither read (by any of the page's styles) nor named; says whether it removed any. */
function removeUnreadProperties(ast: csstree.CssNode, read: Set<string>): boolean {
  let removed = false;
  csstree.walk(ast, {
    visit: 'Declaration',
    enter(node, item, list) {
      if (node.property.startsWith('--') && !read.has(node.property) && list) {
        list.remove(item);
        removed = true;
      }
    },
  });
  return removed;
}

function removeEmptyBlocks(ast: csstree.CssNode): void {
  // Twice: an emptied rule can empty its at-rule.
  for (let pass = 0; pass < 2; pass++) {
    csstree.walk(ast, {
      leave(node: csstree.CssNode, item: csstree.ListItem<csstree.CssNode>, list: csstree.List<csstree.CssNode>) {
        if (list && isEmptyBlock(node)) list.remove(item);
      },
    });
  }
}

// Every page of a build carries the same few stylesheets: each is parsed once and each page cuts its
// own copy of the tree (a clone costs a fraction of a parse).
const parsed = new Map<string, csstree.CssNode>();
const parseOnce = (css: string) => csstree.clone(parsed.get(css) ?? parsed.set(css, csstree.parse(css)).get(css)!);

/**
 * A page's styles without the rules it cannot use, then without the tokens nothing left reads
 * (across all of its <style> elements: the font's variable is read by the site's stylesheet).
 */
export function dropUnusedCss(styles: readonly string[], names: Set<string>): string[] {
  const asts = styles.map(parseOnce);
  for (const ast of asts) removeUnmatchable(ast, names);
  for (;;) {
    const read = new Set([...names].filter((n) => n.startsWith('--')));
    for (const ast of asts) propertiesRead(ast, read);
    // Not short-circuited: every stylesheet drops what nothing reads in this round.
    const removed = asts.map((ast) => removeUnreadProperties(ast, read));
    // Emptied blocks go last: a block without declarations reads no token, so they change no round.
    if (!removed.includes(true)) return asts.map((ast) => (removeEmptyBlocks(ast), csstree.generate(ast)));
  }
}

export function dropUnusedRules(css: string, names: Set<string>): string {
  const ast = csstree.parse(css);
  removeUnmatchable(ast, names);
  removeEmptyBlocks(ast);
  return csstree.generate(ast);
}

function removeUnmatchable(ast: csstree.CssNode, names: Set<string>): void {
  csstree.walk(ast, {
    visit: 'Rule',
    enter(node, item, list) {
      // Keyframe selectors (from, 50%) are not element selectors.
      if (this.atrule && /keyframes$/i.test(this.atrule.name)) return;
      if (node.prelude.type !== 'SelectorList') return;
      const selectors = node.prelude.children;
      selectors.forEach((selector, at) => {
        if (!canMatch(selector, names)) selectors.remove(at);
      });
      if (selectors.isEmpty && list) list.remove(item);
    },
  });
}
