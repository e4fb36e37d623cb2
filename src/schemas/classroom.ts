import { z } from 'astro/zod';
import { recordId, sourceIds, text } from './common';

/** Discussion questions and a classroom activity for one article (the id is the article's slug). */
export const classroomSchema = z.strictObject({
  id: recordId,
  questions: z.array(text).min(2).max(5),
  activity: z.strictObject({
    title: text,
    minutes: z.number().int().positive().max(120),
    steps: z.array(text).min(2),
  }),
  sources: sourceIds,
});

export const classroomListSchema = z.array(classroomSchema);
export type Classroom = z.infer<typeof classroomSchema>;
