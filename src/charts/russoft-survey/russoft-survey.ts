/** Registry entry: how software developers judged the competence centres (Russoft survey). */
import type { Datasets } from '../../data';
import { surveyShare } from '../../data/derived';
import { percent } from '../../lib/format';
import type { ChartDefinition, Size } from '../types';
import { frame } from '../shared/frame';
import { switchState } from '../shared/key';
import { NO_HELP, russoftSurveyLayout } from './russoft-survey.layout';
import { russoftSurveySvg } from './russoft-survey.svg';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: 214 },
  // Designed at 288 px (a 320 px phone minus its margins), so text never scales below 12 px.
  narrow: { width: 288, height: 294 },
};

function description(d: Datasets): string {
  const s = d.survey;
  const answers = s.answers.map((a) => `${percent(a.percent)} “${a.label.toLowerCase()}”`).join(', ');
  const top = s.answers.find((a) => a.id === s.highlight);
  return [
    `Bars show how ${s.respondents} answered whether the industrial competence centres had helped them: ${answers}.`,
    top ? `Only ${percent(top.percent)} reported ${top.label.toLowerCase()}, while ${percent(surveyShare(s, NO_HELP))} saw no real support or no impact at all.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export const russoftSurvey: ChartDefinition = {
  id: 'russoft-survey',
  title: 'Few developers saw real support from the competence centres',
  subtitle: 'How Russian software developers judged the industrial competence centres: share of respondents giving each answer, Russoft survey',
  description,
  article: 'software',
  sources: (d) => d.survey.sources,
  sizes,
  table: (d) => ({
    caption: `${d.survey.question} Answers of ${d.survey.respondents}`,
    columns: [
      { key: 'answer', label: 'Answer' },
      { key: 'percent', label: 'Share of respondents', numeric: true, unit: '%' },
    ],
    rows: d.survey.answers.map((a) => ({ answer: a.label, percent: a.percent })),
  }),
  notes: (d) => [
    d.survey.fielded,
    'The four answers add up to 100%.',
  ],
  key: () => [],
  controls: () => [],
  render: (d, o) => {
    const size = sizes[o.layout];
    const state = switchState(russoftSurvey.controls(d), o.state);
    const layout = russoftSurveyLayout(d.survey, o.layout, size);
    return frame(
      { id: layout.id, layout: o.layout, theme: o.theme, labelledBy: o.labelledBy, describedBy: o.describedBy, size, title: russoftSurvey.title, description: description(d), state, key: russoftSurvey.key(d) },
      russoftSurveySvg(layout),
    );
  },
};
