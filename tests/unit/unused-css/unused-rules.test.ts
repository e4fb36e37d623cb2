import { describe, expect, it } from 'vitest';
import { dropUnusedCss, dropUnusedRules, pageNames } from '../../../src/integrations/unused-css/unused-rules';

const page = '<html><body class="site-page"><figure class="chart-figure" data-view="group"><svg><rect class="bar"></rect></svg></figure></body></html>';

describe('unused CSS', () => {
  it('keeps the rules whose names the page or its scripts use, and drops the others', () => {
    const names = pageNames(page, ['e.classList.add("is-open");d.dataset.sortKey=1']);
    const css =
      '.chart-figure .bar{fill:red}.site-header{color:blue}.chart-figure.is-open{x:1}[data-sort-key]{y:1}figure[data-view=formal] rect{z:1}table td{w:1}';
    expect(dropUnusedRules(css, names)).toBe('.chart-figure .bar{fill:red}.chart-figure.is-open{x:1}[data-sort-key]{y:1}figure[data-view=formal] rect{z:1}');
  });

  it('counts a class from a script only where the script could add it, not where it queries it', () => {
    // A figure without controls: its script looks for them (after a dot, or an element before `[`) but adds only is-faded.
    const names = pageNames(page, ['f.querySelector(".chart-control");f.querySelectorAll("button[data-value]");e.classList.toggle("is-faded")']);
    expect(dropUnusedRules('.chart-control{a:1}.button{b:1}.bar.is-faded{c:1}button{d:1}', names)).toBe('.bar.is-faded{c:1}button{d:1}');
  });

  it('keeps the selectors of a list that can match, and never requires the arguments of :not() or :is()', () => {
    const names = pageNames(page, []);
    expect(dropUnusedRules('.bar,.dot{a:1}.bar:not(.dot){b:1}:is(.dot,.bar){c:1}', names)).toBe('.bar{a:1}.bar:not(.dot){b:1}:is(.dot,.bar){c:1}');
  });

  it('drops at-rules left empty and keeps fonts, keyframes and :root', () => {
    const names = pageNames(page, []);
    const css = '@media print{.site-header{a:1}}@media (min-width:40rem){.bar{b:1}}@font-face{font-family:x}@keyframes spin{from{c:1}to{c:2}}:root{color:red}';
    expect(dropUnusedRules(css, names)).toBe('@media (min-width:40rem){.bar{b:1}}@font-face{font-family:x}@keyframes spin{from{c:1}to{c:2}}:root{color:red}');
  });
});

describe('unused design tokens', () => {
  it('drops custom properties nothing reads, in both themes, and keeps those read through other tokens or named by markup', () => {
    const names = pageNames('<p class="a"><svg><rect fill="x" data-c="--c-named"></rect></svg></p>', ['e.setAttribute("data-theme",t)']);
    const css = ':root{--a:1px;--b:var(--a);--c:3px;--c-named:red}:root[data-theme=dark]{--c:4px;--b:var(--a)}.a{margin:var(--b)}';
    expect(dropUnusedCss([css], names)).toEqual([':root{--a:1px;--b:var(--a);--c-named:red}:root[data-theme=dark]{--b:var(--a)}.a{margin:var(--b)}']);
  });

  it('counts what every style of the page reads: the font’s variable is read by the site’s stylesheet', () => {
    const names = pageNames('<p class="a">x</p>', []);
    expect(dropUnusedCss([':root{--font-sans:"S";--unread:1}', ':root{--font-ui:var(--font-sans)}.a{font-family:var(--font-ui)}'], names)).toEqual([
      ':root{--font-sans:"S"}',
      ':root{--font-ui:var(--font-sans)}.a{font-family:var(--font-ui)}',
    ]);
  });
});

it('does not count the page’s own CSS as markup naming its tokens', () => {
  const names = pageNames('<style>:root{--unread:1px}</style><p>x</p>', []);
  expect(dropUnusedCss([':root{--unread:1px}p{color:red}'], names)).toEqual(['p{color:red}']);
});
