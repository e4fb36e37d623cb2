/** Names and links used across pages, feeds and citations. */
export const SITE = {
  name: 'Sanctions, Sidestepped',
  tagline: 'How Russia tries to take the sting out of Western technology sanctions',
  description:
    'Short, sourced explainers and charts on how Russia tries to blunt Western technology sanctions, based on ZOiS Spotlight 17/2024.',
  lang: 'en-GB',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicence: 'MIT',
} as const;

export const SPOTLIGHT = {
  id: 'dabrowska-2024',
  series: 'ZOiS Spotlight 17/2024',
  seriesUrl: 'https://www.zois-berlin.de/en/publications/zois-spotlight',
  title: 'How Russia is Trying to Take the Sting out of Western Technological Sanctions',
  author: 'Ewa Dąbrowska',
  published: '18 September 2024',
  /** The day it appeared, for pages that write the date in their language. */
  date: '2024-09-18',
  publisher: 'Centre for East European and International Studies (ZOiS), Berlin',
} as const;

/** A site path with the configured base, for links and assets. `path` starts without a slash. */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}

/** The absolute URL of the site root (with its base path), for links that leave the site: embeds, feeds, citations. */
export function siteRoot(site: URL | undefined): string {
  return new URL(href(), site ?? 'http://localhost:4321').href;
}
