/** The chart: where Russia looks for technology partners, by the spotlight's grouping. */
import { namedPartners, eurasianGroup } from '../../data/derived';
import { PARTNER_GROUPS, type Partner, type PartnerGroup } from '../../schemas/partners';
import { defineChart, type Size } from '../types';
import { partnersMapLayout } from './partners-map.layout';
import { NARROW_WIDTH, mapHeight } from './partners-map.panels';
import { FORMAL_KEY } from './partners-map.status';
import { partnersMapSvg } from './partners-map.svg';
import { messagesFiles } from '../shared/messages-files';
import type { PartnersMapMessages } from './messages/en';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: mapHeight('wide', 800) },
  narrow: { width: NARROW_WIDTH, height: mapHeight('narrow', NARROW_WIDTH) },
};

export default defineChart({
  id: 'partners-map',
  sizes,
  messages: messagesFiles<PartnersMapMessages>(import.meta.glob('./messages/*.ts', { eager: true }), 'src/charts/partners-map/messages'),
  sources: (d) => d.partners.flatMap((p) => p.sources),
  text: ({ data: d, locale, t }) => {
    const names = (ps: readonly Partner[]) => locale.list(ps.map((p) => t.inSentence(p.id, p.name)));
    const named = namedPartners(d.partners);
    const inGroup = (g: PartnerGroup) => named.filter((p) => p.group === g);
    const eu = eurasianGroup(d.partners);
    const turkey = d.partners.find((p) => p.id === 'turkey');
    const status = (m: { status: 'member' | 'observer' | 'none'; since?: string | undefined }) =>
      m.status === 'none' ? t.tableNone : t.tableStatus(t.statuses[m.status], m.since && locale.date(m.since));
    return {
      title: t.title,
      subtitle: t.subtitle,
      description: t.description({
        count: named.length,
        authoritarian: names(inGroup('authoritarian')),
        eurasian: names(inGroup('eurasian')),
        others: names(inGroup('other-partners')),
        oecd: names(inGroup('oecd-attache')),
        members: names(eu.members),
        observers: names(eu.observers),
        none: names(eu.none),
      }),
      table: {
        caption: t.tableCaption,
        columns: [
          // The name, then what the map shows, so that on a phone the memberships come first; the ISO code last.
          { key: 'country', label: t.columns.country },
          { key: 'group', label: t.columns.group },
          { key: 'eaeu', label: t.columns.eaeu },
          { key: 'brics', label: t.columns.brics },
          { key: 'oecd', label: t.columns.oecd },
          { key: 'sources', label: t.columns.sources },
          { key: 'iso', label: t.columns.iso },
        ],
        rows: [...d.partners]
          .sort((a, b) => PARTNER_GROUPS.indexOf(a.group) - PARTNER_GROUPS.indexOf(b.group))
          .map((p) => ({
            country: p.name,
            iso: p.alpha3,
            group: t.groups[p.group],
            eaeu: status(p.eaeu),
            brics: status(p.brics),
            oecd: status(p.oecd),
            sources: p.sources.join(' '),
          })),
      },
      notes: [
        t.eurasianNote({ all: names(eu.all), members: names(eu.members), observers: names(eu.observers), none: names(eu.none) }),
        turkey?.oecd.status === 'member' ? t.turkeyNote : '',
        t.datedNote,
        t.smallNote,
      ].filter(Boolean),
      key: [
        ...PARTNER_GROUPS.map((g) => ({ label: t.groups[g], swatch: `group-${g}` })),
        ...FORMAL_KEY.map((c) => ({ label: t.formalCategories[c], swatch: `status-${c}`, when: { name: 'view', value: 'formal' } })),
        { label: t.mismatchKey, swatch: 'status-mismatch', shape: 'dashed' as const, when: { name: 'view', value: 'formal' } },
      ],
      controls: [
        {
          kind: 'switch',
          name: 'view',
          label: t.viewControl.label,
          initial: 'group',
          options: [
            { value: 'group', label: t.viewControl.group, announce: t.viewControl.groupAnnounce },
            { value: 'formal', label: t.viewControl.formal, announce: t.viewControl.formalAnnounce },
          ],
        },
        {
          // Highlights the chosen groups (the others fade); Russia, the subject, has no button and never fades.
          kind: 'filter',
          name: 'group',
          label: t.highlightControl,
          options: PARTNER_GROUPS.filter((g) => g !== 'subject').map((g) => ({
            value: g,
            label: (t.chipLabels as Partial<Record<PartnerGroup, string>>)[g] ?? t.groups[g],
            swatch: `group-${g}`,
          })),
        },
      ],
    };
  },
  draw: ({ data, t, locale }, o) => {
    const words = { t, locale };
    return partnersMapSvg(partnersMapLayout(data.partners, o.layout, o.size, words), o.state['view'] === 'formal' ? 'formal' : 'group', o.standalone, words);
  },
});
