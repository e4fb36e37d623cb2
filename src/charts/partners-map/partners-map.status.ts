/**
 * partners-map: a partner's formal status in September 2024 as typed values (the colour category,
 * its memberships, where the spotlight's grouping disagrees), and the one place that turns them into
 * words, at the edge, in the reader's language.
 */
import type { Locale } from '../../i18n/locale';
import type { Partner } from '../../schemas/partners';
import type { PartnersMapMessages } from './messages/en';

export type FormalCategory = 'subject' | 'eaeu-member' | 'eaeu-observer' | 'brics' | 'oecd' | 'none';

/** The formal view's key, in order (Russia, the subject, is hatched and has no entry). */
export const FORMAL_KEY: readonly Exclude<FormalCategory, 'subject'>[] = ['eaeu-member', 'eaeu-observer', 'brics', 'oecd', 'none'];

/** A country's formal status in Sept 2024, one category for colour (all of them are in its label). */
export function formalCategory(p: Partner): FormalCategory {
  if (p.group === 'subject') return 'subject';
  if (p.eaeu.status === 'member') return 'eaeu-member';
  if (p.eaeu.status === 'observer') return 'eaeu-observer';
  if (p.brics.status === 'member') return 'brics';
  if (p.oecd.status === 'member') return 'oecd';
  return 'none';
}

type Membership =
  | { body: 'eaeu'; status: 'member' | 'observer'; since?: string | undefined }
  | { body: 'brics' | 'oecd'; status: 'member'; since?: string | undefined };

/** Every formal membership of a country, EAEU first, then BRICS and OECD. */
export function memberships(p: Partner): Membership[] {
  const out: Membership[] = [];
  if (p.eaeu.status !== 'none') out.push({ body: 'eaeu', status: p.eaeu.status, since: p.eaeu.since });
  if (p.brics.status === 'member') out.push({ body: 'brics', status: 'member', since: p.brics.since });
  if (p.oecd.status === 'member') out.push({ body: 'oecd', status: 'member', since: p.oecd.since });
  return out;
}

/** Where the spotlight's grouping and the formal status part ways. */
export type Mismatch = 'no-eaeu-status' | 'eaeu-observer-only' | 'oecd-too';

export function formalMismatch(p: Partner): Mismatch | undefined {
  if (p.group === 'eurasian' && p.eaeu.status === 'none') return 'no-eaeu-status';
  if (p.group === 'eurasian' && p.eaeu.status === 'observer') return 'eaeu-observer-only';
  if (p.group !== 'oecd-attache' && p.oecd.status === 'member') return 'oecd-too';
  return undefined;
}

/** What a country's formal-view label adds to its name: the one status that tells it apart, if any. */
type FormalNote = { kind: 'membership'; membership: Membership } | { kind: 'no-eaeu-status' };

export function formalNote(p: Partner): FormalNote | undefined {
  if (p.group === 'subject') return undefined;
  const own = memberships(p);
  if (p.group === 'eurasian' || p.eaeu.status === 'observer') {
    const eaeu = own.find((m) => m.body === 'eaeu');
    return eaeu ? { kind: 'membership', membership: eaeu } : { kind: 'no-eaeu-status' };
  }
  const oecd = own.find((m) => m.body === 'oecd');
  if (formalMismatch(p) === 'oecd-too' && oecd) return { kind: 'membership', membership: oecd };
  return undefined;
}

/** The words for formal status: what the map's labels, tooltips and table say. */
interface StatusWords {
  /** "EAEU observer", or dated: "EAEU observer since 11 December 2020". */
  membership(m: Membership, dated?: boolean): string;
  /** A formal-view label's note: "EAEU member", "EAEU: none". */
  note(n: FormalNote): string;
  /** Every membership of a country as one phrase, dated: "EAEU member and BRICS member", or "none of EAEU, BRICS, OECD". */
  all(p: Partner): string;
}

export function statusWords(t: PartnersMapMessages, locale: Locale): StatusWords {
  const membership = (m: Membership, dated = false) => {
    const words = m.body === 'eaeu' ? t.memberships.eaeu[m.status] : t.memberships[m.body][m.status];
    return dated && m.since ? t.membershipSince(words, locale.date(m.since)) : words;
  };
  return {
    membership,
    note: (n) => (n.kind === 'membership' ? membership(n.membership) : t.noEaeuStatus),
    all: (p) => {
      const own = memberships(p);
      return own.length ? locale.list(own.map((m) => membership(m, true))) : t.noMembership;
    },
  };
}
