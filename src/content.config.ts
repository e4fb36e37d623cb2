// defineCollection from astro/content/config, the module astro:content re-exports it from: Astro
// loads this file in a Vite server of its own before the build, and astro:content would bring
// the whole server runtime into it (about 60 modules, half a second of every build).
import { defineCollection } from 'astro/content/config';
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
