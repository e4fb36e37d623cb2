import { z } from 'astro/zod';
import { partialDate, recordId, sourceIds, text } from './common';

/** The groups as the spotlight names them; the map colours by these. */
export const PARTNER_GROUPS = [
  'china',
  'authoritarian',
  'eurasian',
  'brics',
  'other-partners',
  'oecd-attache',
  'transit-hub',
  'subject',
] as const;
export type PartnerGroup = (typeof PARTNER_GROUPS)[number];

const membership = <const S extends readonly [string, ...string[]]>(statuses: S) =>
  z.strictObject({
    status: z.enum(statuses),
    since: partialDate.optional(),
    note: text.optional(),
  });

export const partnerSchema = z.strictObject({
  id: recordId,
  name: text,
  alpha2: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code: two capital letters'),
  alpha3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code: three capital letters'),
  numeric: z.string().regex(/^\d{3}$/, 'must be an ISO 3166-1 numeric code: three digits, zero-padded, as a string'),
  group: z.enum(PARTNER_GROUPS),
  /** What the spotlight says of the country, in our words. */
  role: text,
  /** Formal status as of September 2024, when the spotlight appeared. */
  eaeu: membership(['member', 'observer', 'none']),
  brics: membership(['member', 'none']),
  oecd: membership(['member', 'none']),
  /** Too small to draw at the map's resolution: drawn as a labelled point. */
  point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
  notes: z.array(text).default([]),
  sources: sourceIds,
});

export const partnersSchema = z.array(partnerSchema).min(1);
export type Partner = z.infer<typeof partnerSchema>;
