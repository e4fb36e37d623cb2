/** Die Texte der Partnerkarte auf Deutsch, um die Zeichnung und in ihr (siehe en.ts). */
import type { PartnersMapMessages } from './en';

/** Names that take an article inside a sentence („die Türkei“); the data's names have none. */
const WITH_ARTICLE: Partial<Record<string, string>> = {
  turkey: 'die Türkei',
  'united-arab-emirates': 'die Vereinigten Arabischen Emirate',
};

export default {
  title: 'Von den vier „eurasischen“ Partnern war nur Belarus EAWU-Vollmitglied',
  subtitle:
    'Länder und Gebiete, die das Spotlight als Technologiepartner Russlands oder als Drehscheiben nennt, nach seiner Einteilung oder nach formaler Mitgliedschaft im September 2024',
  description: (p) =>
    [
      `Eine Weltkarte der ${p.count} Länder und Gebiete, die das Spotlight als Technologiepartner Russlands oder als Drehscheiben nennt, gefärbt nach seiner Einteilung.`,
      `China steht allein als wichtigster Verbündeter; ${p.authoritarian} sind ebenfalls autoritäre Regime; ${p.eurasian} bilden die eurasische Gruppe; Indien steht für BRICS; ${p.others} sind weitere Partner; ${p.oecd} sind OECD-Länder, in denen Digitalattachés geplant waren; und in Hongkong würden nach Erwartung des Spotlights am ehesten Briefkastenfirmen sitzen, falls der Westen offene Technik beschränken sollte.`,
      `Eine zweite Ansicht zeigt die formalen Mitgliedschaften im September 2024: Von der eurasischen Gruppe war nur ${p.members} Vollmitglied der EAWU und ${p.observers} Beobachter; ohne Status in der EAWU: ${p.none}.`,
    ].join(' '),
  inSentence: (id: string, name: string) => WITH_ARTICLE[id] ?? name,
  tableCaption: 'Im Spotlight genannte Länder und Gebiete, mit ihrem formalen Status im September 2024',
  columns: {
    country: 'Land oder Gebiet',
    group: 'Gruppe im Spotlight',
    eaeu: 'EAWU',
    brics: 'BRICS',
    oecd: 'OECD',
    sources: 'Quellen',
    iso: 'ISO-Code',
  },
  tableStatus: (status: string, since: string | undefined) => `${status}${since ? ` (seit ${since})` : ''}`,
  tableNone: '—',
  statuses: { member: 'Mitglied', observer: 'Beobachter' },
  eurasianNote: (p) =>
    `Das Spotlight zählt ${p.all} zur Eurasischen Wirtschaftsunion (EAWU). Im September 2024 war nur ${p.members} Mitglied und ${p.observers} Beobachter; ohne Status in der EAWU: ${p.none}. Die Datentabelle und die Ansicht „Formaler Status, Sept. 2024“ der Karte zeigen den Unterschied.`,
  turkeyNote: 'Die Türkei, bei den weiteren Partnern aufgeführt, ist selbst Gründungsmitglied der OECD (1961).',
  datedNote: 'Die Mitgliedschaften gelten für September 2024, als das Spotlight erschien: Iran wurde erst im Dezember 2024 Beobachter der EAWU.',
  smallNote:
    'Hongkong und Singapur sind für die Umrisse der Karte zu klein und als Punkte gezeichnet. Das Spotlight erwähnt auch Länder in Afrika und Lateinamerika, ohne sie zu nennen; sie sind nicht eingezeichnet.',
  mismatchKey: 'Zur EAWU gezählt, aber ohne Status',
  groups: {
    subject: 'Russland',
    china: 'China',
    authoritarian: 'Autoritäre Regime',
    eurasian: 'Eurasische Gruppe',
    brics: 'BRICS: Indien',
    'other-partners': 'Weitere Partner',
    'oecd-attache': 'OECD: Attachés geplant',
    'transit-hub': 'Möglicher Sitz von Briefkastenfirmen',
  },
  formalCategories: {
    'eaeu-member': 'EAWU-Mitglied',
    'eaeu-observer': 'EAWU-Beobachter',
    brics: 'BRICS-Mitglied',
    oecd: 'OECD-Mitglied',
    none: 'Kein Mitglied',
  },
  memberships: {
    eaeu: { member: 'EAWU-Mitglied', observer: 'EAWU-Beobachter' },
    brics: { member: 'BRICS-Mitglied' },
    oecd: { member: 'OECD-Mitglied' },
  },
  membershipSince: (membership: string, date: string) => `${membership} seit ${date}`,
  // Short: on a phone it shares a line with the name, or is dropped.
  noEaeuStatus: 'EAWU: keiner',
  noMembership: 'weder EAWU noch BRICS noch OECD',
  labelWithNote: (name: string, note: string) => `${name}, ${note}`,
  shortNames: {
    'united-arab-emirates': 'VAE',
    'hong-kong': 'Hongkong',
    tajikistan: 'Tadschik.',
    turkmenistan: 'Turkmen.',
    uzbekistan: 'Usbek.',
  } as Partial<Record<string, string>>,
  panels: { 'central-asia': 'Zentralasien', 'south-east-asia': 'Südostasien' },
  tooltip: {
    group: (group: string) => `Gruppe im Spotlight: ${group}`,
    formal: (statuses: string) => `Formaler Status, Sept. 2024: ${statuses}`,
  },
  viewControl: {
    label: 'Zeigen',
    group: 'Gruppen des Spotlights',
    formal: 'Formaler Status, Sept. 2024',
    groupAnnounce: 'Zu sehen: die Einteilung der Partner im Spotlight.',
    formalAnnounce: 'Zu sehen: die formalen Mitgliedschaften im September 2024 in EAWU, BRICS und OECD.',
  },
  highlightControl: 'Hervorheben',
  chipLabels: { authoritarian: 'Autoritär', 'oecd-attache': 'OECD-Attachés' },
} satisfies PartnersMapMessages;
