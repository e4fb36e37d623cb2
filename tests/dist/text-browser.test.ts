import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, langOf, read } from './files';
import { ui } from '../../src/i18n/ui';

/**
 * What a reader with CSS off or in a text browser gets: w3m renders every element it knows, ignores
 * CSS and shows what browsers hide (closed dialogs, [hidden], popovers). Debian package w3m
 * (.ci/run installs it).
 */
const dump = (file: string) => {
  try {
    return execFileSync('w3m', ['-dump', '-cols', '100', '-T', 'text/html', join(DIST, file)], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`w3m could not run (install the Debian package w3m): ${(e as Error).message}`);
  }
};

const withDialogs = htmlFiles().filter((f) => read(f).includes('data-share-open='));

describe('in a text browser the closed "Embed & download" dialogs do not print inline', () => {
  it('some pages have them', () => expect(withDialogs.length).toBeGreaterThan(0));
  for (const file of withDialogs) {
    it(file, () => {
      const text = dump(file);
      const t = ui(langOf(file)).share;
      const charts = (read(file).match(/data-share-open=/g) ?? []).length;
      // Each chart keeps its "Embed & download" link to the chart page …
      expect(text.split(t.open).length - 1).toBe(charts);
      // … but none of the dialog: its title, embed code, citation fields and copy buttons.
      expect(text).not.toContain(`${t.open}:`);
      expect(text).not.toContain('<iframe');
      expect(text).not.toContain(t.script);
    });
  }
});

describe('in a text browser no page shows a control that needs JavaScript', () => {
  for (const file of htmlFiles()) {
    it(file, () => {
      // The theme control (a select showing "[System]", formerly a "Dark theme" button) can do
      // nothing without scripts.
      expect(dump(file)).not.toMatch(/\[\s*(System|Light|Dark)\s*\]|\bDark theme\b/);
    });
  }
});
