import { z } from 'astro/zod';
import { CHART_IDS } from '../charts/ids';
import { curlQuotes } from '../lib/typography';

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
  updated: z.coerce.date(),
  charts: z.array(z.enum(CHART_IDS)).default([]),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
