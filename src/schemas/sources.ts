import { z } from 'astro/zod';
import { partialDate, recordId, text } from './common';

/** One entry of the bibliography; every other record cites these by id. */
export const sourceSchema = z.strictObject({
  id: recordId,
  kind: z.enum(['primary', 'report', 'news', 'official', 'data', 'fact-sheet']),
  author: text.optional(),
  title: text,
  publisher: text,
  date: partialDate.optional(),
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
  note: text.optional(),
});

export const sourcesSchema = z.array(sourceSchema).min(1);
export type Source = z.infer<typeof sourceSchema>;
