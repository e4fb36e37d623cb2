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
