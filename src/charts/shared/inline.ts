/**
 * Prepares a rendered SVG for inline use in an HTML page, for readers without CSS.
 *
 * Text browsers (w3m, and browsers with styles off) know nothing of SVG: they print every
 * `<text>` of every layout as a run of loose words ("Russia China Belarus …"), once per layout
 * and view, between the chart's title and its summary. Wrapped in a CDATA section, a label is
 * still plain text to an HTML parser inside `<svg>` (foreign content: browsers, screen readers
 * and the DOM see exactly the same text node), while w3m skips it as a declaration. The chart then
 * reads in a text browser as its title, subtitle, summary, notes and table.
 *
 * Only runs without `<`, `>` or `&` are wrapped, so nothing that looks like markup ever appears
 * unescaped in the page; such rare labels stay escaped (and print in text browsers).
 * Relies on the serializer in svg.ts, which writes an element whose children are all text on
 * one line.
 */
const ENTITY: Record<string, string> = { '&quot;': '"', '&#39;': "'" };

export function quietForTextBrowsers(svg: string): string {
  return svg.replace(/(<(text|tspan)\b[^>]*>)([^<]+)(<\/\2>)/g, (whole, open: string, _tag: string, text: string, close: string) => {
    // Escaped quotes are fine in CDATA once unescaped; any other entity means the text has & < or >.
    const plain = text.replace(/&quot;|&#39;/g, (e) => ENTITY[e] ?? e);
    if (/[&<>]/.test(plain) || plain.includes(']]')) return whole;
    return `${open}<![CDATA[${plain}]]>${close}`;
  });
}
