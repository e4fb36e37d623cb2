import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownHashesOnly } from '../../src/integrations/security-headers';

const h = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('each page’s CSP lists its own inline hashes', () => {
  it('keeps the hashes of the page’s scripts and styles, drops the others, and needs none for templates', () => {
    const meta = (script: string, style: string) =>
      `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${script}; style-src 'self' ${style}">`;
    const body = `<script>a()</script><script type="text/html"><b>x</b></script><script type="module" src="/x.js"></script><style>p{}</style>`;
    const html = meta(`${h('a()')} ${h('other()')}`, `${h('p{}')} ${h('q{}')} ${h('r{}')}`) + body;
    expect(ownHashesOnly(html)).toBe(meta(h('a()'), h('p{}')) + body);
  });
});
