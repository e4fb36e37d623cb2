/** Registry entry: where Russia looks for technology partners, by the spotlight's grouping. */
import type { Datasets } from '../../data';
import { namedPartners, eurasianGroup } from '../../data/derived';
import { partialDateLabel } from '../../lib/format';
import { PARTNER_GROUPS, type Partner, type PartnerGroup } from '../../schemas/partners';
import type { ChartDefinition, Size } from '../types';
import { frame } from '../shared/frame';
import { switchState } from '../shared/key';
import { FORMAL_CATEGORIES, GROUP_LABELS, NARROW_WIDTH, mapHeight, partnersMapLayout } from './partners-map.layout';
import { partnersMapSvg, type PartnersView } from './partners-map.svg';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: mapHeight('wide', 800) },
  narrow: { width: NARROW_WIDTH, height: mapHeight('narrow', NARROW_WIDTH) },
};

/** The highlight buttons' labels: short, so the key stays compact on a phone. */
const CHIP_LABELS: Record<PartnerGroup, string> = {
  ...GROUP_LABELS,
  authoritarian: 'Authoritarian',
  'oecd-attache': 'OECD attachés',
};

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
const names = (ps: Partner[]) => list(ps.map((p) => p.name));

const status = (m: { status: string; since?: string | undefined }) =>
  m.status === 'none' ? '—' : `${m.status}${m.since ? ` (since ${partialDateLabel(m.since)})` : ''}`;

function description(d: Datasets): string {
  const named = namedPartners(d.partners);
  const eu = eurasianGroup(d.partners);
  const byGroup = (g: Partner['group']) => named.filter((p) => p.group === g);
  return [
    `A world map of the ${named.length} countries and territories the spotlight names as Russia’s technology partners or hubs, coloured by how it groups them.`,
    `China stands alone as the main ally; ${names(byGroup('authoritarian'))} are fellow authoritarian regimes; ${names(byGroup('eurasian'))} form its Eurasian group; India represents BRICS; ${names(byGroup('other-partners'))} are other partners; ${names(byGroup('oecd-attache'))} are OECD countries where digital attachés were planned; and Hong Kong is where the spotlight expects shell companies would most likely be based if the West restricted open technology.`,
    `A second view shows formal memberships in September 2024: of the Eurasian group only ${names(eu.members)} was a full EAEU member, ${names(eu.observers)} an observer, and ${names(eu.none)} had no EAEU status.`,
  ].join(' ');
}

export const partnersMap: ChartDefinition = {
  id: 'partners-map',
  title: 'Of the four “Eurasian” partners, only Belarus was a full EAEU member',
  subtitle: 'Countries and territories the spotlight names as Russia’s technology partners or hubs, by its grouping or by formal membership in September 2024',
  description,
  article: 'partners',
  sources: (d) => {
    const ids = new Set<string>();
    for (const p of d.partners) for (const s of p.sources) ids.add(s);
    return [...ids];
  },
  sizes,
  table: (d) => ({
    caption: 'Countries and territories named in the spotlight, with their formal status in September 2024',
    columns: [
      // The name, then what the map shows, so that on a phone the memberships come first; the ISO code last.
      { key: 'country', label: 'Country or territory' },
      { key: 'group', label: 'Spotlight’s group' },
      { key: 'eaeu', label: 'EAEU' },
      { key: 'brics', label: 'BRICS' },
      { key: 'oecd', label: 'OECD' },
      { key: 'sources', label: 'Sources' },
      { key: 'iso', label: 'ISO code' },
    ],
    rows: [...d.partners]
      .sort((a, b) => PARTNER_GROUPS.indexOf(a.group) - PARTNER_GROUPS.indexOf(b.group))
      .map((p) => ({
        country: p.name,
        iso: p.alpha3,
        group: GROUP_LABELS[p.group],
        eaeu: status(p.eaeu),
        brics: status(p.brics),
        oecd: status(p.oecd),
        sources: p.sources.join(' '),
      })),
  }),
  notes: (d) => {
    const eu = eurasianGroup(d.partners);
    const turkey = d.partners.find((p) => p.id === 'turkey');
    return [
      `The spotlight lists ${names(eu.all)} with the Eurasian Economic Union (EAEU). In September 2024 only ${names(eu.members)} was a member and ${names(eu.observers)} an observer; ${names(eu.none)} had no EAEU status. The data table, and the map’s “Formal status, Sept 2024” view, show the difference.`,
      turkey && turkey.oecd.status === 'member'
        ? 'Turkey, listed among other partners, is itself an OECD founding member (1961).'
        : '',
      'Memberships are dated to September 2024, when the spotlight appeared: Iran became an EAEU observer only in December 2024.',
      'Hong Kong and Singapore are too small for the map’s outlines and are drawn as points. The spotlight also mentions unnamed African and Latin American countries, which are not shown.',
    ].filter(Boolean);
  },
  key: () => [
    ...PARTNER_GROUPS.map((g) => ({ label: GROUP_LABELS[g], swatch: `g-${g}` })),
    ...FORMAL_CATEGORIES.map((c) => ({ label: c.label, swatch: `m-${c.id}`, when: { name: 'view', value: 'formal' } })),
    { label: 'Listed with the EAEU, but no status', swatch: 'm-mismatch', shape: 'dashed' as const, when: { name: 'view', value: 'formal' } },
  ],
  controls: () => [
    {
      kind: 'switch',
      name: 'view',
      label: 'Show',
      initial: 'group',
      options: [
        { value: 'group', label: 'Spotlight’s groups' },
        { value: 'formal', label: 'Formal status, Sept 2024' },
      ],
    },
    {
      // Highlights the chosen groups (the others fade); Russia, the subject, has no button and never fades.
      kind: 'filter',
      name: 'group',
      label: 'Highlight',
      options: PARTNER_GROUPS.filter((g) => g !== 'subject').map((g) => ({ value: g, label: CHIP_LABELS[g], swatch: `g-${g}` })),
    },
  ],
  render: (d, o) => {
    const size = sizes[o.layout];
    const state = switchState(partnersMap.controls(d), o.state);
    const view: PartnersView = state['view'] === 'formal' ? 'formal' : 'group';
    const layout = partnersMapLayout(d.partners, o.layout, size);
    const standalone = o.theme === 'standalone';
    return frame(
      { id: layout.id, layout: o.layout, theme: o.theme, labelledBy: o.labelledBy, describedBy: o.describedBy, size, title: partnersMap.title, description: description(d), state, key: partnersMap.key(d) },
      partnersMapSvg(layout, view, standalone),
    );
  },
};

/** Exposed for tests and the formal key. */
export { FORMAL_CATEGORIES };
