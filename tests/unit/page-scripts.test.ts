import { describe, expect, it } from 'vitest';
import { importsOf, loadedScripts, moduleScripts, placePageScript, replaceModuleScripts, scriptFile } from '../../src/integrations/page-scripts';

const page =
  '<head><script>inline()</script><script type="application/json" id="d">{}</script></head><body>' +
  '<figure></figure><script type="module" src="/base/_astro/Chart.a1.js"></script><p>credit</p>' +
  '<script type="module" src="/base/_astro/index.b2.js"></script></body>';

describe('page scripts', () => {
  it('finds the external module scripts of a page, in document order, and no inline or data script', () => {
    expect(moduleScripts(page)).toEqual(['/base/_astro/Chart.a1.js', '/base/_astro/index.b2.js']);
  });

  it('replaces them with one script where the last stood, keeping everything else', () => {
    expect(replaceModuleScripts(page, '/base/_astro/embed.c3.js')).toBe(
      '<head><script>inline()</script><script type="application/json" id="d">{}</script></head><body>' +
        '<figure></figure><p>credit</p><script type="module" src="/base/_astro/embed.c3.js"></script></body>',
    );
  });

  it('names the script in a page’s html[data-page-script] slot and drops its module scripts, for loading after the first paint', () => {
    const slotted = page.replace('<head>', '<html lang="en-GB" data-page-script=""><head>');
    const placed = placePageScript(slotted, '/base/_astro/page.d4.js');
    expect(placed).toBe(
      '<html lang="en-GB" data-page-script="/base/_astro/page.d4.js"><head><script>inline()</script><script type="application/json" id="d">{}</script></head><body>' +
        '<figure></figure><p>credit</p></body>',
    );
    expect(moduleScripts(placed)).toEqual([]);
    expect(loadedScripts(placed)).toEqual(['/base/_astro/page.d4.js']);
  });

  it('leaves a page without the slot (an embed) with one module script, and removes a slot no script fills', () => {
    expect(placePageScript(page, '/base/_astro/embed.c3.js')).toBe(replaceModuleScripts(page, '/base/_astro/embed.c3.js'));
    expect(loadedScripts(placePageScript(page, '/base/_astro/embed.c3.js'))).toEqual(['/base/_astro/embed.c3.js']);
    expect(placePageScript('<html lang="de" data-page-script=""><body><p>Text</p></body>', undefined)).toBe('<html lang="de"><body><p>Text</p></body>');
  });

  it('follows the static and dynamic imports bundlers write, and only relative ones', () => {
    const js = 'import{r as e}from"./embed-options.X.js";import"./share.Y.js";const m=()=>import(`../lazy.Z.js`);import x from "astro";';
    expect(importsOf(js, '/dist/_astro/index.js')).toEqual(['/dist/_astro/embed-options.X.js', '/dist/_astro/share.Y.js', '/dist/lazy.Z.js']);
  });

  it('maps a script to its file under the site’s base, and refuses one outside it', () => {
    const toFile = scriptFile('/dist', '/base');
    expect(toFile('/base/_astro/a.js')).toBe('/dist/_astro/a.js');
    expect(() => toFile('/other/a.js')).toThrow(/outside the site's base/);
  });
});
