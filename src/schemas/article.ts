import { z } from 'astro/zod';
import { curlQuotes } from '../lib/typography';
import { isCalendarDate } from './common';

/** Frontmatter of an explainer in content/articles/. */
export const articleSchema = z.strictObject({
  title: z.string().trim().min(1).max(70, "must be at most 70 characters (it is the page title in search results)").transform(curlQuotes),
  description: z
    .string()
    .trim()
    .min(40)
    .max(160, 'must be at most 160 characters (it is the meta description)')
    .transform(curlQuotes),
  order: z.number().int().positive(),
  /**
   * A quoted "YYYY-MM-DD". Unquoted, YAML reads the date itself and rolls an impossible day
   * (2026-02-30) over into the next month without a word, so only a string is accepted.
   */
  updated: z
    .union([z.string(), z.date()])
    .superRefine((v, ctx) => {
      if (v instanceof Date)
        ctx.addIssue({ code: 'custom', message: 'write the date in quotes, like "2026-11-28" (unquoted, YAML turns 2026-02-30 into 2 March without a word)' });
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) ctx.addIssue({ code: 'custom', message: 'must be a date written as "YYYY-MM-DD"' });
      else if (!isCalendarDate(v)) ctx.addIssue({ code: 'custom', message: `"${v}" is not a day of the calendar` });
    })
    .transform((v) => (v instanceof Date ? v : new Date(`${v}T00:00:00Z`))),
  /**
   * In a language other than English: the slug of the English article this one is the edition of
   * (the language switch and the hreflang pairs follow it). src/lib/articles.ts requires it outside
   * English and checks that the English article exists, naming the file (the schema does not know
   * which folder a file is in).
   */
  translationOf: z.string().trim().min(1).optional(),
});
