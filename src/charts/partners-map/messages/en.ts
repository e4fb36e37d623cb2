/** Every English string of the partners map, around its drawing and on it (names, dates and lists come formatted). */
import type { PartnerGroup } from '../../../schemas/partners';
import type { FormalCategory } from '../partners-map.status';
import type { PanelId } from '../partners-map.panels';

export const en = {
  title: 'Of the four “Eurasian” partners, only Belarus was a full EAEU member',
  subtitle:
    'Countries and territories the spotlight names as Russia’s technology partners or hubs, by its grouping or by formal membership in September 2024',
  description: (p: { count: number; authoritarian: string; eurasian: string; others: string; oecd: string; members: string; observers: string; none: string }) =>
    [
      `A world map of the ${p.count} countries and territories the spotlight names as Russia’s technology partners or hubs, coloured by how it groups them.`,
      `China stands alone as the main ally; ${p.authoritarian} are fellow authoritarian regimes; ${p.eurasian} form its Eurasian group; India represents BRICS; ${p.others} are other partners; ${p.oecd} are OECD countries where digital attachés were planned; and Hong Kong is where the spotlight expects shell companies would most likely be based if the West restricted open technology.`,
      `A second view shows formal memberships in September 2024: of the Eurasian group only ${p.members} was a full EAEU member, ${p.observers} an observer, and ${p.none} had no EAEU status.`,
    ].join(' '),
  /** A country's name inside a sentence (languages whose names take an article give it here). */
  inSentence: (_id: string, name: string) => name,
  tableCaption: 'Countries and territories named in the spotlight, with their formal status in September 2024',
  columns: {
    country: 'Country or territory',
    group: 'Spotlight’s group',
    eaeu: 'EAEU',
    brics: 'BRICS',
    oecd: 'OECD',
    sources: 'Sources',
    iso: 'ISO code',
  },
  /** A membership in its table column: "member (since 2015)". */
  tableStatus: (status: string, since: string | undefined) => `${status}${since ? ` (since ${since})` : ''}`,
  /** A table cell for no membership. */
  tableNone: '—',
  /** The words for a status in the table's EAEU, BRICS and OECD columns. */
  statuses: { member: 'member', observer: 'observer' },
  eurasianNote: (p: { all: string; members: string; observers: string; none: string }) =>
    `The spotlight lists ${p.all} with the Eurasian Economic Union (EAEU). In September 2024 only ${p.members} was a member and ${p.observers} an observer; ${p.none} had no EAEU status. The data table, and the map’s “Formal status, Sept 2024” view, show the difference.`,
  turkeyNote: 'Turkey, listed among other partners, is itself an OECD founding member (1961).',
  datedNote: 'Memberships are dated to September 2024, when the spotlight appeared: Iran became an EAEU observer only in December 2024.',
  smallNote:
    'Hong Kong and Singapore are too small for the map’s outlines and are drawn as points. The spotlight also mentions unnamed African and Latin American countries, which are not shown.',
  mismatchKey: 'Listed with the EAEU, but no status',
  /** The spotlight's groups as the key names them. */
  groups: {
    subject: 'Russia',
    china: 'China',
    authoritarian: 'Authoritarian regimes',
    eurasian: 'Eurasian group',
    brics: 'BRICS: India',
    'other-partners': 'Other partners',
    'oecd-attache': 'OECD: attachés planned',
    'transit-hub': 'Possible shell-company base',
  } satisfies Record<PartnerGroup, string>,
  /** The formal view's key. */
  formalCategories: {
    'eaeu-member': 'EAEU member',
    'eaeu-observer': 'EAEU observer',
    brics: 'BRICS member',
    oecd: 'OECD member',
    none: 'None of these',
  } satisfies Record<Exclude<FormalCategory, 'subject'>, string>,
  /** A membership in labels and tooltips. */
  memberships: {
    eaeu: { member: 'EAEU member', observer: 'EAEU observer' },
    brics: { member: 'BRICS member' },
    oecd: { member: 'OECD member' },
  },
  /** A membership with its date: "EAEU observer since 11 December 2020". */
  membershipSince: (membership: string, date: string) => `${membership} since ${date}`,
  /** A formal-view label's note for a country of the Eurasian group without EAEU status. */
  noEaeuStatus: 'EAEU: none',
  /** A tooltip's formal status for a country with no membership. */
  noMembership: 'none of EAEU, BRICS, OECD',
  /** A formal-view label on one line: "Belarus, EAEU member". */
  labelWithNote: (name: string, note: string) => `${name}, ${note}`,
  /** Shorter names for tight spots on the map (always on a phone, for long names on the wide map); tables use the data's names. */
  shortNames: { 'united-arab-emirates': 'UAE', 'hong-kong': 'Hong Kong', 'south-korea': 'S. Korea' } as Partial<Record<string, string>>,
  /** The zoomed panels' titles. */
  panels: { 'central-asia': 'Central Asia', 'south-east-asia': 'South-East Asia' } satisfies Record<Exclude<PanelId, 'main'>, string>,
  /** The tooltip's lines after the country's role. */
  tooltip: {
    group: (group: string) => `Spotlight’s group: ${group}`,
    formal: (statuses: string) => `Formal status, Sept 2024: ${statuses}`,
  },
  viewControl: {
    label: 'Show',
    group: 'Spotlight’s groups',
    formal: 'Formal status, Sept 2024',
    groupAnnounce: 'Showing the spotlight’s grouping of partners.',
    formalAnnounce: 'Showing formal memberships in September 2024: EAEU, BRICS and OECD.',
  },
  highlightControl: 'Highlight',
  /** The highlight buttons' labels: short, so the key stays compact on a phone (others use the group's name). */
  chipLabels: { authoritarian: 'Authoritarian', 'oecd-attache': 'OECD attachés' } satisfies Partial<Record<PartnerGroup, string>>,
};
export type PartnersMapMessages = typeof en;
