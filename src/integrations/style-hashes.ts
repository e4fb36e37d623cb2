/**
 * Keeps a page's CSP in step with its inline styles: a page whose <style> text was rewritten after
 * Astro hashed it (unused rules dropped, font URLs swapped) would otherwise have that style blocked.
 */
import { createHash } from 'node:crypto';

export const styleHash = (css: string) => `sha256-${createHash('sha256').update(css).digest('base64')}`;

/**
 * Applies `rewrite` to the text of every <style> in `html` and puts each changed style's new hash
 * where its old one stood in the CSP <meta>. Throws when the old hash is not there: a style the
 * policy never allowed is a bug upstream, not something to allow here.
 */
export function rewriteStyles(html: string, rewrite: (css: string) => string): string {
  const swaps: [string, string][] = [];
  const out = html.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (whole, open: string, css: string, close: string) => {
    const next = rewrite(css);
    if (next === css) return whole;
    swaps.push([styleHash(css), styleHash(next)]);
    return `${open}${next}${close}`;
  });
  if (!swaps.length) return html;
  return out.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i, (_, open: string, policy: string, close: string) => {
    let next = policy;
    for (const [from, to] of swaps) {
      if (!next.includes(from)) throw new Error(`an inline style (${from}) is not in the page's CSP`);
      next = next.replace(from, to);
    }
    return `${open}${next}${close}`;
  });
}
