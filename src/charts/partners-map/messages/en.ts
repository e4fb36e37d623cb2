/** Every English string of the partners map around its drawing (names and lists come formatted). */
import type { PartnerGroup } from '../../../schemas/partners';

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
  /** A membership in the table: "member (since 2015)", or a dash for none. */
  status: (status: string, since: string | undefined) => (status === 'none' ? '—' : `${status}${since ? ` (since ${since})` : ''}`),
  eurasianNote: (p: { all: string; members: string; observers: string; none: string }) =>
    `The spotlight lists ${p.all} with the Eurasian Economic Union (EAEU). In September 2024 only ${p.members} was a member and ${p.observers} an observer; ${p.none} had no EAEU status. The data table, and the map’s “Formal status, Sept 2024” view, show the difference.`,
  turkeyNote: 'Turkey, listed among other partners, is itself an OECD founding member (1961).',
  datedNote: 'Memberships are dated to September 2024, when the spotlight appeared: Iran became an EAEU observer only in December 2024.',
  smallNote:
    'Hong Kong and Singapore are too small for the map’s outlines and are drawn as points. The spotlight also mentions unnamed African and Latin American countries, which are not shown.',
  mismatchKey: 'Listed with the EAEU, but no status',
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
