/**
 * Every page, embed and file of a chart asks for the same drawings: the renderer draws each
 * (chart, data, language, options) once per build and hands the same drawing back.
 */
import { expect, test } from 'vitest';
import { data } from '../../../src/data';
import { getLocale } from '../../../src/i18n/locale';
import { resolveChart } from '../../../src/charts/shared/render';
import { serialize } from '../../../src/charts/shared/svg';
import dollarChart from '../../fixtures/charts/dollar-chart';

test('a chart is drawn once per layout and options, however often it is resolved and rendered', () => {
  let draws = 0;
  const counted = { ...dollarChart, draw: (...args: Parameters<typeof dollarChart.draw>) => (draws++, dollarChart.draw(...args)) };
  const wide = resolveChart(counted, data, getLocale('en')).render({ layout: 'wide' });
  expect(draws).toBe(1);
  // Another page resolves the chart again and asks for the same drawing.
  expect(resolveChart(counted, data, getLocale('en')).render({ layout: 'wide' })).toBe(wide);
  expect(draws).toBe(1);
  // Other options are other drawings, each drawn once.
  const standalone = resolveChart(counted, data, getLocale('en')).render({ layout: 'wide', theme: 'standalone' });
  const narrow = resolveChart(counted, data, getLocale('en')).render({ layout: 'narrow' });
  expect(draws).toBe(3);
  expect(serialize(standalone)).not.toBe(serialize(wide));
  expect(serialize(narrow)).not.toBe(serialize(wide));
  // Other data is another chart.
  resolveChart(counted, { ...data }, getLocale('en')).render({ layout: 'wide' });
  expect(draws).toBe(4);
});
