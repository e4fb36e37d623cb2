import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { htmlFiles, read } from './files';

const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));

describe('the built HTML is valid (html-validate, recommended rules)', () => {
  for (const file of htmlFiles()) {
    it(file, async () => {
      const report = await validator.validateString(read(file), file);
      const messages = report.results.flatMap((r) => r.messages).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      expect(messages).toEqual([]);
    });
  }
});

// Astro drops the line break between a text separator and the tag on the next line, which glues
// "·" to the following word ("CC BY 4.0 ·Embed"); the reader sees a typo.
describe('inline separators keep their spaces', () => {
  it('no “·”, “;” or “,” runs straight into a link or the next word', () => {
    const glued = htmlFiles().flatMap((file) =>
      [...read(file).matchAll(/[^>]{0,24}[·;,]<a\s[^>]*>[^<]{0,24}|[^>]{0,24}·[A-Za-z][^<]{0,24}/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(glued).toEqual([]);
  });
});
