import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';

/**
 * The explainers. Data files are not collections: charts, endpoints and unit tests need the same
 * validated data outside Astro's runtime, so they go through src/data/ (see README, "Data").
 */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
