import { z } from 'astro/zod';
import { recordId, sourceIds, text } from './common';

export const glossaryTermSchema = z.strictObject({
  id: recordId,
  term: text,
  definition: text,
  sources: sourceIds,
});

export const glossarySchema = z.array(glossaryTermSchema).min(1);
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
