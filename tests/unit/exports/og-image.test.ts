import { describe, expect, it } from 'vitest';
import { chartCard } from '../../../src/exports/og-image';
import { data } from '../../../src/data';
import { CHARTS, resolveChart } from '../../../src/charts';
import { getLocale } from '../../../src/i18n/locale';
import { escapeXml } from '../../../src/charts/shared/escape';

/** Text with String.replace's patterns: "$&" is "the matched text", "$'" is "what follows the match". */
const PATTERNS = `US$& and $' here`;

describe("a chart's Open Graph card", () => {
  // The chart's title and a data label both carry the patterns; the card draws them and the chart itself.
  const model = CHARTS.find((c) => c.id === 'russoft-survey')!;
  const chart = { ...model, messages: { en: { ...model.messages.en, title: `Few developers saw ${PATTERNS}` } } };
  const survey = { ...data.survey, answers: data.survey.answers.map((a, i) => (i === 0 ? { ...a, label: `Significant ${PATTERNS}` } : a)) };
  const card = chartCard(resolveChart(chart, { ...data, survey }, getLocale('en')));

  it('draws text with replacement patterns literally, in one well-formed document', () => {
    expect(card).toContain(escapeXml(`Few developers saw ${PATTERNS}`));
    expect(card).toContain(escapeXml(`Significant ${PATTERNS}`));
    expect(card).not.toMatch(/@@\w+@@/);
    // One document, each element closed once: a splice that read "$'" would repeat the card's tail.
    expect(card.startsWith('<svg')).toBe(true);
    expect(card.split('<svg').length).toBe(card.split('</svg>').length);
    expect(card.split('<g').length).toBe(card.split('</g>').length);
    expect(card.trimEnd().endsWith('</svg>')).toBe(true);
  });
});
