/** Every English string of the russoft-survey chart around its drawing. */
export const en = {
  title: 'Few developers saw real support from the competence centres',
  subtitle: 'How Russian software developers judged the industrial competence centres: share of respondents giving each answer, Russoft survey',
  /** `answers`: "7.2% “real support”, …" already formatted. */
  description: (p: { respondents: string; answers: string; top?: { share: string; label: string } | undefined; noHelp: string }) =>
    [
      `Bars show how ${p.respondents} answered whether the industrial competence centres had helped them: ${p.answers}.`,
      p.top ? `Only ${p.top.share} reported ${p.top.label.toLowerCase()}, while ${p.noHelp} saw no real support or no impact at all.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  answer: (share: string, label: string) => `${share} “${label.toLowerCase()}”`,
  tableCaption: (question: string, respondents: string) => `${question} Answers of ${respondents}`,
  columns: { answer: 'Answer', percent: 'Share of respondents' },
  percentUnit: '%',
  sumNote: 'The four answers add up to 100%.',
  /** In the drawing: the tooltip of an answer's bar ("7.2%" formatted). */
  tipTitle: (label: string, share: string) => `${label}: ${share}`,
  tipBody: (share: string, label: string) => `${share} of the developers asked answered “${label}”.`,
  /** Beside the bracket around the two "no help" answers. */
  bracket: (share: string) => `${share} saw no real support or no impact`,
  /** The scale: its end ("100%" formatted) when wide; narrow, the unit on its own line. */
  axis: { end: (full: string) => `${full} of developers asked`, unit: 'Share of the developers asked' },
};
/** What the chart's layout and drawing are given; a German file (issue 13) must satisfy it. */
export type RussoftSurveyMessages = typeof en;
