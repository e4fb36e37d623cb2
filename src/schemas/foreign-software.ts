import { z } from 'astro/zod';
import { partialDate, recordId, sourceIds, text } from './common';

/**
 * One estimate of how much of the software in Russia's public sector came from abroad, kept as the
 * source stated it: some sources measured the foreign share, others the domestic one. The foreign
 * share is derived in code (src/data/derived.ts), never typed.
 */
export const softwareEstimateSchema = z
  .strictObject({
    id: recordId,
    label: text,
    /** The stated share in per cent: one value (low = high) or a low–high range. */
    statedLow: z.number().min(0).max(100),
    statedHigh: z.number().min(0).max(100),
    statedAs: z.enum(['foreign', 'domestic']),
    scope: text,
    date: partialDate,
    who: text,
    isSpotlight: z.boolean().default(false),
    note: text.optional(),
    sources: sourceIds,
  })
  .refine((e) => e.statedLow <= e.statedHigh, {
    path: ['statedHigh'],
    message: 'must not be below statedLow',
  });

export const foreignSoftwareSchema = z.array(softwareEstimateSchema).min(1);
export type SoftwareEstimate = z.infer<typeof softwareEstimateSchema>;
