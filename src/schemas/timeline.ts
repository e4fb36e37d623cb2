import { z } from 'astro/zod';
import { partialDate, recordId, sourceIds, text } from './common';

export const EVENT_CATEGORIES = ['policy', 'war-sanctions', 'technology', 'alliances', 'publication'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** A dated event; `end` makes it a span, for things known only as "the early 2010s". */
export const timelineEventSchema = z
  .strictObject({
    id: recordId,
    start: partialDate,
    end: partialDate.optional(),
    /** How the date is shown to readers, when the bare date would claim too much. */
    dateLabel: text.optional(),
    category: z.enum(EVENT_CATEGORIES),
    title: text,
    summary: text,
    sources: sourceIds,
  })
  .refine((e) => e.end === undefined || e.end >= e.start, {
    path: ['end'],
    message: 'must not be before start',
  });

export const timelineSchema = z.array(timelineEventSchema).min(1);
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
