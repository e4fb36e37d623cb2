/**
 * Reads SITE_URL and BASE_PATH, the two settings a host gives the build, and PORT, the local
 * preview's port (`PORT=5000 npm start`). A malformed value fails the build with a message that
 * names the variable; an unset SITE_URL is fine for `npm start` but is announced, because embed
 * codes, citations and PNG credits will then point at the local preview.
 */
export interface DeployTarget {
  site: string;
  base: string;
  /** True when SITE_URL was not set and the local preview address is used. */
  local: boolean;
  /** Where `astro preview` and `astro dev` listen. */
  port: number;
}

export const DEFAULT_PORT = 4321;

export function deployTarget(env: Record<string, string | undefined>): DeployTarget {
  const rawSite = env['SITE_URL']?.trim() || undefined;
  const rawBase = env['BASE_PATH']?.trim() || '/';
  const rawPort = env['PORT']?.trim() || String(DEFAULT_PORT);
  if (!/^\d{1,5}$/.test(rawPort) || Number(rawPort) < 1 || Number(rawPort) > 65535)
    throw new Error(`PORT must be a port number from 1 to 65535, not "${rawPort}".`);
  const port = Number(rawPort);
  // Links in a local build point at the preview that serves it.
  let site = `http://localhost:${port}`;
  if (rawSite) {
    let url: URL;
    try {
      url = new URL(rawSite);
    } catch {
      throw new Error(`SITE_URL must be an absolute http(s) address such as https://example.org, not "${rawSite}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new Error(`SITE_URL must start with https:// or http://, not "${url.protocol}" ("${rawSite}").`);
    if (url.pathname !== '/' || url.search || url.hash)
      throw new Error(`SITE_URL is the origin only ("${url.origin}"); put a sub-path in BASE_PATH instead of "${rawSite}".`);
    site = url.origin;
  }
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(rawBase.endsWith('/') ? rawBase : `${rawBase}/`))
    throw new Error(`BASE_PATH must be a path such as /sanctions/, not "${rawBase}".`);
  const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  return { site, base, local: !rawSite, port };
}
