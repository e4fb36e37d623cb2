import { bytes } from '../../../exports/bytes';
import type { APIRoute } from 'astro';
import { data } from '../../../data';
import { classroomBundle } from '../../../exports/classroom-bundle';
import { siteRoot } from '../../../lib/site';
import { lastUpdated } from '../../../lib/articles';

export const GET: APIRoute = async ({ site }) =>
  new Response(bytes(await classroomBundle(data, siteRoot(site), await lastUpdated())), { headers: { 'Content-Type': 'application/zip' } });
