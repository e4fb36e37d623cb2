import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from './files';

/**
 * The W3C Nu HTML checker (the validator.w3.org engine, npm vnu-jar) over every built page, errors
 * only. It parses like a browser, so it catches what html-validate cannot, such as a <script>
 * after </html>. Its CSS grammar lags behind browsers: the few messages that says so are ignored (below).
 */
/**
 * The checker's CSS validator predates features the site uses on purpose (each with a fallback
 * where browsers lack it): field-sizing, container queries, anchor positioning and paint-order.
 * Since stylesheets are inlined (issue 12) it sees them, and it also crashes on some custom
 * properties ("Cannot invoke …", an error of its own). Only these exact messages are ignored.
 */
const MODERN_PROPERTIES = ['field-sizing', 'container-type', 'container-name', 'anchor-name', 'anchor-scope', 'position-anchor', 'position-area', 'position-try-fallbacks', 'paint-order'];
const KNOWN_FALSE_POSITIVES = [
  new RegExp(`^CSS: “(${MODERN_PROPERTIES.join('|')})”: Property “\\1” doesn't exist\\.$`),
  /^CSS: Unrecognized at-rule “@container”$/,
  /^CSS: “justify-self”: “anchor-center” is not a “justify-self” value\.$/,
  /^CSS: “[\w-]+”: Cannot invoke "/,
];

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

function java(): string {
  const candidates = [process.env['JAVA'], process.env['JAVA_HOME'] && `${process.env['JAVA_HOME']}/bin/java`, 'java'].filter(
    (c): c is string => Boolean(c),
  );
  for (const c of candidates) if (spawnSync(c, ['-version']).status === 0) return c;
  throw new Error(
    `The Nu HTML checker needs Java, and none was found (tried ${candidates.join(', ')}). ` +
      'Install it (Debian: apt-get install default-jre-headless; .ci/run does) or set JAVA to its executable.',
  );
}

// vnu-jar's main export is the path of its jar file.
const require = createRequire(import.meta.url);

function check(): NuMessage[] {
  const jar = String(require('vnu-jar'));
  const run = spawnSync(java(), ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
}

describe('the W3C Nu HTML checker finds no errors', () => {
  const messages = check();
  const pageOf = (url: string) => url.slice(url.indexOf(`${DIST}/`) + DIST.length + 1);
  it('checked every page', () => {
    expect(htmlFiles().length).toBeGreaterThan(0);
  });
  for (const file of htmlFiles()) {
    it(file, () => {
      const errors = messages
        .filter((m) => pageOf(m.url) === file && !KNOWN_FALSE_POSITIVES.some((re) => re.test(m.message)))
        .map((m) => `${m.lastLine ?? '?'}: ${m.message}`);
      expect(errors).toEqual([]);
    });
  }
});
