/** Die gemeinsamen Texte um jede Grafik, auf Deutsch (siehe en.ts). */
import type { ChartChromeMessages } from './en';

export default {
  key: 'Legende',
  sources: (count: number) => (count === 1 ? 'Quelle' : 'Quellen'),
  sourceSeparator: '; ',
  terms: 'Begriffe',
  publicReporting: (topic: string) => `Öffentliche Berichte über ${topic}`,
  thisTopic: 'dieses Thema',
  glossary: 'Glossar',
  table: {
    toggle: 'Daten als Tabelle zeigen',
    everyRow: 'Jede Zeile stützt sich auf',
    rest: (column: boolean) => (column ? '; die Spalte „Quellen“ nennt die übrigen.' : '.'),
    none: '—',
  },
  marks: 'Grafik mit {n} Elementen: Mit den Pfeiltasten wechseln Sie von einem zum nächsten',
  standalone: {
    shown: (values: string) => `Gezeigt: ${values}`,
    source: (names: string) => `Quelle: ${names}`,
    note: (note: string) => `Hinweis: ${note}`,
  },
} satisfies ChartChromeMessages;
