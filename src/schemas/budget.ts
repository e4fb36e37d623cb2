import { z } from 'astro/zod';
import { partialDate, recordId, sourceIds, text } from './common';

export const exchangeRateSchema = z.strictObject({
  id: recordId,
  label: text,
  rubPerUsd: z.number().positive('must be a positive number of roubles per US dollar'),
  date: partialDate,
  approximate: z.boolean().default(false),
  sources: sourceIds,
});

/** Another count of the centres than the spotlight's, with when it was reported. */
export const centreCountSchema = z.strictObject({
  id: recordId,
  centres: z.number().int().positive(),
  date: partialDate,
  /** What was counted: "industrial competence centres, as reported in July 2022". */
  label: text,
  sources: sourceIds,
});

/** The industrial competence centres and the money set aside for them. */
export const budgetSchema = z.strictObject({
  id: recordId,
  centres: z.number().int().positive(),
  centresNote: text,
  /** Counts reported elsewhere (the spotlight's own is `centres`), oldest first. */
  reportedCounts: z.array(centreCountSchema),
  totalRub: z.number().positive(),
  announced: partialDate,
  announcedBy: text,
  terms: text,
  /** The dollar sum the spotlight prints, kept to compare with our own conversion. */
  spotlightUsd: z.number().positive(),
  rates: z.array(exchangeRateSchema).min(1),
  sources: sourceIds,
});

export type Budget = z.infer<typeof budgetSchema>;
export type CentreCount = z.infer<typeof centreCountSchema>;
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;
