import { z } from 'astro/zod';
import { curlQuotes } from '../lib/typography';

/** A record id: lower-case words joined by hyphens, safe in URLs and HTML ids. */
export const recordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (like "tass-2022")');

/** Ids of bibliography entries that back a record; at least one. */
export const sourceIds = z.array(recordId).min(1, 'must cite at least one source id from sources.json');

/**
 * A date written only as precisely as it is known: "2012", "2022-07" or "2022-07-15".
 * The precision is part of the value, so a chart never shows a day that nobody reported.
 */
export const partialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD',
  )
  .refine((s) => s.length < 10 || isCalendarDate(s), {
    message: 'is not a day of the calendar (that month has fewer days)',
  });

/** "2024-02-30" passes a pattern but names no day: Date.UTC would roll it over to 1 March. */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export type PartialDate = z.infer<typeof partialDate>;
export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** Plain prose; no markup, so it can go into SVG, CSV and JSON as it is. Quotes are curled for print. */
export const text = z.string().trim().min(1, 'must not be empty').transform(curlQuotes);
