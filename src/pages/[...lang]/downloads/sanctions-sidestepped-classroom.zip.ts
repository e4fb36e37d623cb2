import { bytes } from '../../../exports/bytes';
import type { APIRoute } from 'astro';
import { dataFor } from '../../../data';
import { langPaths } from '../../../i18n/routes';
import type { Lang } from '../../../i18n/locale';
import { classroomBundle } from '../../../exports/classroom-bundle';
import { siteRoot } from '../../../lib/site';
import { lastUpdated } from '../../../lib/articles';

/** One bundle per language, under the same name: /downloads/…zip, /de/downloads/…zip. */
export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ site, props: { lang } }) =>
  new Response(bytes(await classroomBundle(dataFor(lang), siteRoot(site), await lastUpdated(lang), lang)), { headers: { 'Content-Type': 'application/zip' } });
