import { bytes } from '../../../../exports/bytes';
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesInOrder } from '../../../../lib/articles';
import { articleOgPng } from '../../../../exports/chart-files';

export const getStaticPaths = (async () => {
  const articles = await articlesInOrder();
  return articles.map((a, i) => ({
    params: { slug: a.id },
    props: { title: a.data.title, description: a.data.description, part: `Part ${i + 1} of ${articles.length}` },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(bytes(articleOgPng(params.slug!, props.title as string, props.description as string, props.part as string)), {
    headers: { 'Content-Type': 'image/png' },
  });
