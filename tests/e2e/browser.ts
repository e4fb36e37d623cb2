import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests drive: $CHROME_PATH, else the usual install paths. Tests never
 * download a browser of their own.
 */
export function chromePath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium or Chrome found. Looked in: ${candidates.join(', ')}.\n` +
        'Install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.',
    );
  }
  return found;
}
