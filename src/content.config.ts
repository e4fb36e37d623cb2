import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';

/**
 * The explainers, in every language: content/articles/<slug>.mdx in English, and
 * content/articles/<lang>/<slug>.mdx in another language (the id keeps the folder: "de/partner";
 * src/lib/articles.ts reads language and slug from it). Data files are not collections: charts, endpoints and unit tests need the same
 * validated data outside Astro's runtime, so they go through src/data/ (see README, "Data").
 */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
