import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, pathOf, read } from './files';

const BASE = process.env.BASE_PATH ?? '/';

/** The file a site path is served from, or undefined when nothing is there. */
function fileFor(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  const rel = decodeURIComponent(path.slice(BASE.length));
  for (const candidate of [rel, join(rel, 'index.html')]) {
    if (candidate && existsSync(join(DIST, candidate)) && !candidate.endsWith('/')) return candidate;
  }
  if (rel === '' && existsSync(join(DIST, 'index.html'))) return 'index.html';
  return undefined;
}

const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe('every internal href, src and #fragment in the build resolves', () => {
  for (const file of htmlFiles()) {
    it(file, () => {
      const html = read(file);
      const here = new URL(pathOf(file).replace(/^\//, BASE), 'http://site.test');
      const broken: string[] = [];
      for (const [, attr, value] of html.matchAll(/\s(href|src|srcset|action)="([^"]*)"/g)) {
        for (const ref of attr === 'srcset' ? value!.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [value!]) {
          if (/^(mailto:|tel:|data:|javascript:)/.test(ref)) continue;
          const url = new URL(ref.replace(/&amp;/g, '&'), here);
          if (url.host !== 'site.test') continue;
          const target = fileFor(url.pathname);
          if (!target) {
            broken.push(`${attr}="${ref}" → nothing at ${url.pathname}`);
            continue;
          }
          if (url.hash && target.endsWith('.html')) {
            const id = decodeURIComponent(url.hash.slice(1));
            if (!idsIn(target === file ? html : read(target)).has(id)) broken.push(`${attr}="${ref}" → no id "${id}" in ${target}`);
          }
        }
      }
      expect(broken).toEqual([]);
    });
  }
});

/**
 * Words that say nothing of where a link goes when a screen reader lists the page's links (the list
 * Lighthouse's link-text audit uses, in our languages). A hidden part (`visually-hidden`) counts:
 * it is read.
 */
const VAGUE = new Set(['more', 'read more', 'learn more', 'see more', 'click here', 'here', 'this', 'link', 'mehr', 'weiter', 'weiterlesen', 'hier', 'mehr erfahren', 'hier klicken']);
const linkText = (inner: string) => inner.replace(/<[^>]+>/g, '').replace(/&nbsp;|\s+/g, ' ').trim().toLowerCase();

describe('every link says where it goes', () => {
  for (const file of htmlFiles()) {
    it(file, () => {
      const html = read(file).replace(/<script\b[\s\S]*?<\/script>/g, '');
      const vague = [...html.matchAll(/<a\b(?![^>]*\baria-label=)[^>]*>([\s\S]*?)<\/a>/g)].map((m) => linkText(m[1]!)).filter((t) => VAGUE.has(t));
      expect(vague).toEqual([]);
    });
  }
});
