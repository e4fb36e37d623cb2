import { describe, expect, it } from 'vitest';
import { shownCodePoints } from '../../../src/integrations/web-fonts/shown-text';

const shown = (files: Partial<{ html: string[]; css: string[]; js: string[] }>) =>
  String.fromCodePoint(...[...shownCodePoints({ html: [], css: [], js: [], ...files })].sort((a, b) => a - b));

describe('the characters a built site shows', () => {
  it('reads German text, entities and shown attributes, not markup or code', () => {
    const text = shown({
      html: [
        '<html lang="de"><p title="Überblick">Straße &amp; Größe &#x2013; <img alt="Öl"></p><a href="/zz/">x</a>' +
          '<span data-tip="Ä">y</span><script type="text/html"><b>ç</b></script><script>const q = "¥"</script><style>.é{}</style></html>',
      ],
    });
    for (const ch of 'Straße&Größe–ÜberblickÖlÄçxy') expect(text).toContain(ch);
    for (const ch of '/z¥é<>=') expect(text).not.toContain(ch);
  });

  it('adds the quotation marks a browser draws for <q>, in the page’s language', () => {
    expect(shown({ html: ['<html lang="de"><q>ja</q></html>'] })).toContain('„');
    expect(shown({ html: ['<html lang="en"><q>yes</q></html>'] })).toContain('“');
    expect(shown({ html: ['<html lang="en"><p>no</p></html>'] })).not.toContain('“');
  });

  it('reads generated content, escapes and case transforms from CSS', () => {
    const text = shown({ html: ['<p>groß</p>'], css: [".a::before{content:'\\a0· '}.b::after{content:\"→\"}.c{text-transform:uppercase}"] });
    for (const ch of '\u00a0·→GROSSß') expect(text).toContain(ch);
  });

  it('reads string literals from client scripts, with their escapes', () => {
    const text = shown({ js: ['const a="Kopiert ✓",b=\'\\u00e4\';'] });
    for (const ch of 'Kopiert✓ä') expect(text).toContain(ch);
  });
});
