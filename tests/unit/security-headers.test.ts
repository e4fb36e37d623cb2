import { describe, expect, it } from 'vitest';
import { headersFile, metaPolicy, pathsOf } from '../../src/integrations/security-headers';

describe('security headers', () => {
  it('reads the policy from a page’s CSP meta', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;">`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
  });

  it('maps built files to the paths they are served at, with the base path', () => {
    expect(pathsOf('index.html', '/')).toEqual(['/', '/index.html']);
    expect(pathsOf('index.html', '/sanctions/')).toEqual(['/sanctions/', '/sanctions', '/sanctions/index.html']);
    expect(pathsOf('articles/chips/index.html', '/sanctions/')).toEqual([
      '/sanctions/articles/chips/',
      '/sanctions/articles/chips',
      '/sanctions/articles/chips/index.html',
    ]);
    expect(pathsOf('404.html', '/')).toEqual(['/404.html']);
  });

  it('lets only embeds be framed by any site, and forbids framing elsewhere', () => {
    const file = headersFile(
      [
        { file: 'embed/timeline/index.html', policy: "default-src 'self'" },
        { file: 'charts/timeline/index.html', policy: "default-src 'self'" },
      ],
      '/',
    );
    const rule = (path: string) => file.split('\n\n').find((b) => b.startsWith(`${path}\n`)) ?? '';
    expect(rule('/embed/timeline/')).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors *");
    expect(rule('/embed/timeline/')).not.toContain('X-Frame-Options');
    expect(rule('/embed/timeline')).toContain('frame-ancestors *');
    expect(rule('/charts/timeline/')).toContain("frame-ancestors 'self'");
    expect(rule('/charts/timeline')).toContain("frame-ancestors 'self'");
    // The catch-all denies framing for every path, 404s included, and sets no CSP of its own,
    // so no path gets two CSPs when a host joins the headers of every rule that matches it.
    expect(rule('/*')).toContain('X-Frame-Options: SAMEORIGIN');
    expect(rule('/*')).toContain('X-Content-Type-Options: nosniff');
    expect(rule('/*')).not.toContain('Content-Security-Policy');
    const names = (path: string) => [...rule(path).matchAll(/^ {2}([\w-]+):/gm)].map((m) => m[1]);
    for (const path of ['/embed/timeline/', '/charts/timeline/'])
      expect(names(path).filter((n) => names('/*').includes(n)), path).toEqual([]);
    expect(rule('/_astro/*')).toContain('immutable');
  });
});
