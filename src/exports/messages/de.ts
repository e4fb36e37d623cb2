/** Die Wörter der Downloads, Einbettungen, Vorschaubilder, Zitate und des Unterrichtspakets auf Deutsch (siehe en.ts). */
import type { ExportMessages } from './en';

export default {
  csvSources: 'Quellen',
  credit: (site: string, series: string, author: string) => `${site}, nach dem ${series} von ${author}`,
  embedMore: 'Hinweise, Quellen und Daten',
  ogChart: 'Grafik',
  downloads: {
    png: { label: 'Bild (PNG)', note: 'für Folien und Arbeitsblätter' },
    svg: { label: 'Bild (SVG)', note: 'scharf in jeder Größe' },
    viewPng: (view: string) => `Ansicht „${view}“ (PNG)`,
    viewSvg: (view: string) => `Ansicht „${view}“ (SVG)`,
    viewNote: 'die Grafik in dieser Ansicht',
    csv: { label: 'Daten (CSV)', note: 'für Tabellenprogramme, mit Quellen' },
    json: { label: 'Daten (JSON)', note: 'mit Titel, Quellen und Lizenz' },
  },
  citations: {
    both: (style: string) => `${style}: beide Einträge`,
    ours: (style: string, what: 'chart' | 'article') => `${style}: diese${what === 'chart' ? ' Grafik' : 'r Artikel'}`,
    spotlight: (style: string) => `${style}: das zugrunde liegende Spotlight`,
    chicago: 'Chicago 18 (Literaturverzeichnis)',
    spotlightPublisher: 'Zentrum für Osteuropa- und internationale Studien (ZOiS)',
  },
  readme: {
    heading: (site: string) => `${site}: Unterrichtspaket`,
    intro: (p: { root: string; series: string; title: string; author: string; published: string }) => [
      `Grafiken von ${p.root}, einem Erklärtext zum ${p.series},`,
      `„${p.title}“ von ${p.author} (${p.published}).`,
      '',
      'Jede Grafik gibt es als PNG (für Folien und Arbeitsblätter), als SVG (in jeder Größe scharf) und als CSV',
      '(ihre Daten mit Quellen, zum Öffnen in einem Tabellenprogramm).',
    ],
    files: (files: string) => `Dateien: ${files}`,
    view: (label: string, files: string) => `Ansicht „${label}“: ${files}`,
    online: (url: string) => `Online, mit Einbettungscode: ${url}`,
    cite: (reference: string) => `Zitieren (APA 7): ${reference}`,
    licences: 'Lizenzen',
    ours: (licence: string, url: string, credit: string) => `Unsere Grafiken und Daten: ${licence} (${url}). Namensnennung: „${credit}“.`,
    others: 'Zitate bleiben Eigentum ihrer Urheber. Umrisse der Karte: Natural Earth (gemeinfrei).',
    research: 'Die zugrunde liegende Forschung',
    reference: (reference: string) => `Quellenangabe (APA 7): ${reference}`,
    series: (url: string) => `Aufgeführt in der Reihe ZOiS Spotlight: ${url}`,
    csl: [
      'Die Quellenangaben entstehen mit citeproc-js und den offiziellen Stilen des Citation-Style-Language-Projekts',
      '(https://citationstyles.org/), lizenziert unter CC BY-SA 3.0.',
    ],
  },
} satisfies ExportMessages;
