import { describe, expect, it } from 'vitest';
import { dropUnusedRules, pageNames } from '../../../src/integrations/unused-css/unused-rules';

const page = '<html><body class="site-page"><figure class="chart-figure" data-view="group"><svg><rect class="bar"></rect></svg></figure></body></html>';

describe('unused CSS', () => {
  it('keeps the rules whose names the page or its scripts use, and drops the others', () => {
    const names = pageNames(page, ['e.classList.add("is-open");d.dataset.sortKey=1']);
    const css =
      '.chart-figure .bar{fill:red}.site-header{color:blue}.chart-figure.is-open{x:1}[data-sort-key]{y:1}figure[data-view=formal] rect{z:1}table td{w:1}';
    expect(dropUnusedRules(css, names)).toBe('.chart-figure .bar{fill:red}.chart-figure.is-open{x:1}[data-sort-key]{y:1}figure[data-view=formal] rect{z:1}');
  });

  it('keeps the selectors of a list that can match, and never requires the arguments of :not() or :is()', () => {
    const names = pageNames(page, []);
    expect(dropUnusedRules('.bar,.dot{a:1}.bar:not(.dot){b:1}:is(.dot,.bar){c:1}', names)).toBe('.bar{a:1}.bar:not(.dot){b:1}:is(.dot,.bar){c:1}');
  });

  it('drops at-rules left empty and keeps fonts, keyframes and :root', () => {
    const names = pageNames(page, []);
    const css = '@media print{.site-header{a:1}}@media (min-width:40rem){.bar{b:1}}@font-face{font-family:x}@keyframes spin{from{c:1}to{c:2}}:root{--x:1}';
    expect(dropUnusedRules(css, names)).toBe('@media (min-width:40rem){.bar{b:1}}@font-face{font-family:x}@keyframes spin{from{c:1}to{c:2}}:root{--x:1}');
  });
});
