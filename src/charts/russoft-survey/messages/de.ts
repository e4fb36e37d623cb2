/** Die Texte der Russoft-Umfrage auf Deutsch (siehe en.ts). */
import type { RussoftSurveyMessages } from './en';

export default {
  title: 'Nur wenige Entwickler erlebten die Kompetenzzentren als echte Hilfe',
  subtitle: 'Wie russische Softwareentwickler die industriellen Kompetenzzentren beurteilten: Anteil der Befragten je Antwort, Umfrage von Russoft',
  // German nouns keep their capital letters inside a sentence, so labels are not lower-cased.
  description: (p) =>
    [
      // The respondents may end in a relative clause: the colon closes it.
      `Auf die Frage, ob ihnen die industriellen Kompetenzzentren geholfen hätten, antworteten ${p.respondents}: ${p.answers}.`,
      p.top ? `Nur ${p.top.share} antworteten „${p.top.label}“; ${p.noHelp} sahen dagegen keine echte Unterstützung oder gar keine Wirkung.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  answer: (share: string, label: string) => `${share} „${label}“`,
  tableCaption: (question: string, respondents: string) => `${question} Es antworteten ${respondents}.`,
  columns: { answer: 'Antwort', percent: 'Anteil der Befragten' },
  percentUnit: '%',
  sumNote: 'Die vier Antworten ergeben zusammen 100 %.',
  tipTitle: (label: string, share: string) => `${label}: ${share}`,
  tipBody: (share: string, label: string) => `${share} der befragten Entwickler antworteten „${label}“.`,
  bracket: (share: string) => `${share} sahen keine echte Unterstützung oder keine Wirkung`,
  axis: { end: (full: string) => `${full} der Befragten`, unit: 'Anteil der befragten Entwickler' },
} satisfies RussoftSurveyMessages;
