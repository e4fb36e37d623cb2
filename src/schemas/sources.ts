import { z } from 'astro/zod';
import { partialDate, recordId, text } from './common';

/**
 * What kind of entry a source is, so that none claims more than we know about it:
 * - `spotlight`: the research this site explains (the one document with a known title and author);
 * - `outlet`: a publisher our fact-checking names as having reported something (TASS, Kommersant,
 *   the Central Bank of Russia). We know what it reported, not the report's title or address;
 * - `public-reporting`: facts our fact-checking confirmed in public reporting without naming an
 *   outlet. The entry says exactly that, and which facts it covers;
 * - `reference`: a standard or data set the site itself uses (country codes, map outlines).
 */
export const SOURCE_KINDS = ['spotlight', 'outlet', 'public-reporting', 'reference'] as const;

/** One entry of the bibliography; every other record cites these by id. */
export const sourceSchema = z
  .strictObject({
    id: recordId,
    kind: z.enum(SOURCE_KINDS),
    author: text.optional(),
    /** The work's own title, only where we know it. Never a description dressed up as a title. */
    title: text.optional(),
    /** Who published or reported it. Public reporting has none: it is named by its topic. */
    publisher: text.optional(),
    /** The series a work belongs to ("ZOiS Spotlight 17/2024"). */
    series: text.optional(),
    /** For public reporting: what it is about, as in "Public reporting on Baikal Electronics". */
    topic: text.optional(),
    date: partialDate.optional(),
    url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
    /** The facts this entry supports, each as our fact-checking found it. */
    covers: z.array(text).min(1, 'must list at least one fact the source supports'),
    note: text.optional(),
  })
  .superRefine((s, ctx) => {
    const must = (ok: boolean, field: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (s.kind === 'public-reporting') {
      must(s.topic !== undefined, 'topic', 'public reporting is named by its topic: give one');
      for (const f of ['title', 'publisher', 'author', 'url', 'date', 'series'] as const)
        must(s[f] === undefined, f, `public reporting names no ${f}: we do not know one, so none may be given`);
    } else {
      must(s.publisher !== undefined, 'publisher', 'must say who published or reported it');
      must(s.topic === undefined, 'topic', 'only public reporting is named by a topic');
    }
    if (s.kind === 'outlet') {
      for (const f of ['title', 'url'] as const)
        must(s[f] === undefined, f, `an outlet's report is cited by what it reported: we know no ${f} for it, so none may be given`);
    }
    if (s.kind === 'spotlight' || s.kind === 'reference') must(s.title !== undefined, 'title', 'must give the title of the work');
  });

export const sourcesSchema = z.array(sourceSchema).min(1);
export type Source = z.infer<typeof sourceSchema>;
