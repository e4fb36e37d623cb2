import { z } from 'astro/zod';
import { recordId, sourceIds, text } from './common';

export const surveyAnswerSchema = z.strictObject({
  id: recordId,
  label: text,
  percent: z.number().min(0).max(100),
});

/** A distribution of answers; its percentages must add up to 100 (checked in validate.ts). */
export const surveySchema = z.strictObject({
  id: recordId,
  question: text,
  respondents: text,
  fielded: text,
  highlight: recordId,
  answers: z.array(surveyAnswerSchema).min(2),
  sources: sourceIds,
});

export type Survey = z.infer<typeof surveySchema>;
