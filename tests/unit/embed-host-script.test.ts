import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SCRIPT = readFileSync('public/embed.js', 'utf8');
const OURS = 'https://example.org';

/** Runs the host script in a page with one of our iframes; returns a way to post it messages. */
function hostPage() {
  const ourFrame = { contentWindow: {}, style: { height: '' } };
  let listener: ((event: unknown) => void) | undefined;
  const window = {
    addEventListener: (type: string, fn: (event: unknown) => void) => type === 'message' && (listener = fn),
  } as Record<string, unknown>;
  runInNewContext(SCRIPT, {
    window,
    URL,
    location: { href: 'https://host.example/page' },
    document: { currentScript: { src: `${OURS}/embed.js` }, querySelectorAll: () => [ourFrame] },
  });
  return {
    ourFrame,
    post: (data: unknown, origin = OURS, source: unknown = ourFrame.contentWindow) => listener!({ data, origin, source }),
  };
}

describe('embed.js, the optional host script', () => {
  it('resizes our iframe to the height it reports', () => {
    const { ourFrame, post } = hostPage();
    post({ type: 'sidestepped:height', chart: 'timeline', height: 812.4 });
    expect(ourFrame.style.height).toBe('813px');
  });

  it.each([['777'], [[888]], ['0x2BC'], [true], [null], [Number.NaN], [Number.POSITIVE_INFINITY], [-5], [0], [10], [1e6]])(
    'ignores the height %j, even from our origin',
    (height) => {
      const { ourFrame, post } = hostPage();
      post({ type: 'sidestepped:height', chart: 'timeline', height });
      expect(ourFrame.style.height).toBe('');
    },
  );

  it('ignores another origin, another frame and other message shapes', () => {
    const { ourFrame, post } = hostPage();
    post({ type: 'sidestepped:height', height: 600 }, 'https://evil.example');
    post({ type: 'sidestepped:height', height: 600 }, OURS, {});
    post({ 'datawrapper-height': { timeline: 600 } });
    expect(ourFrame.style.height).toBe('');
  });
});
