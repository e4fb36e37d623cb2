/** The chart: how software developers judged the competence centres (Russoft survey). */
import { surveyShare } from '../../data/derived';
import { defineChart, type Size } from '../types';
import { NO_HELP, russoftSurveyLayout } from './russoft-survey.layout';
import { russoftSurveySvg } from './russoft-survey.svg';
import { messagesFiles } from '../shared/messages-files';
import type { RussoftSurveyMessages } from './messages/en';

const sizes: Record<'wide' | 'narrow', Size> = {
  wide: { width: 800, height: 214 },
  // Designed at 288 px (a 320 px phone minus its margins), so text never scales below 12 px.
  narrow: { width: 288, height: 294 },
};

export default defineChart({
  id: 'russoft-survey',
  sizes,
  messages: messagesFiles<RussoftSurveyMessages>(import.meta.glob('./messages/*.ts', { eager: true }), 'src/charts/russoft-survey/messages'),
  sources: (d) => d.survey.sources,
  text: ({ data: d, locale, t }) => {
    const s = d.survey;
    const top = s.answers.find((a) => a.id === s.highlight);
    return {
      title: t.title,
      subtitle: t.subtitle,
      description: t.description({
        respondents: s.respondents,
        answers: locale.list(s.answers.map((a) => t.answer(locale.percent(a.percent), a.label))),
        top: top && { share: locale.percent(top.percent), label: top.label },
        noHelp: locale.percent(surveyShare(s, NO_HELP)),
      }),
      table: {
        caption: t.tableCaption(s.question, s.respondents),
        columns: [
          { key: 'answer', label: t.columns.answer },
          { key: 'percent', label: t.columns.percent, numeric: true, unit: t.percentUnit },
        ],
        rows: s.answers.map((a) => ({ answer: a.label, percent: a.percent })),
      },
      notes: [s.fielded, t.sumNote],
      key: [],
      controls: [],
    };
  },
  draw: ({ data, locale, t }, o) => russoftSurveySvg(russoftSurveyLayout(data.survey, o.layout, o.size, locale, t)),
});
