import { z } from 'astro/zod';
import { recordId, sourceIds, text } from './common';

/** A discussion question with the time to give it and notes on what a good answer covers. */
export const questionSchema = z.strictObject({
  question: text,
  minutes: z.number().int().positive().max(30),
  /** For the teacher: what a good answer covers, from the articles and their sources. */
  answer: text,
});

/** One step of an activity, with its time. */
export const stepSchema = z.strictObject({
  text,
  minutes: z.number().int().positive().max(60),
});

/**
 * Discussion questions and a classroom activity for one article (the id is the article's slug), with
 * what a teacher plans with: level and ages, learning objectives, timings, answer notes and success
 * criteria. Text may print a computed figure as {key}, with a key of src/data/figures.ts.
 */
export const classroomSchema = z.strictObject({
  id: recordId,
  level: text,
  ages: z
    .strictObject({ from: z.number().int().min(5).max(21), to: z.number().int().min(5).max(21) })
    .refine((a) => a.from <= a.to, { message: 'must run from the lower age to the higher one', path: ['to'] }),
  objectives: z.array(text).min(1).max(5),
  questions: z.array(questionSchema).min(2).max(5),
  activity: z
    .strictObject({
      title: text,
      minutes: z.number().int().positive().max(120),
      steps: z.array(stepSchema).min(2),
      successCriteria: z.array(text).min(1),
    })
    .refine((a) => a.steps.reduce((sum, s) => sum + s.minutes, 0) === a.minutes, {
      message: 'the steps’ minutes must add up to the activity’s minutes',
      path: ['minutes'],
    }),
  sources: sourceIds,
});

export const classroomListSchema = z.array(classroomSchema);
export type Classroom = z.infer<typeof classroomSchema>;
