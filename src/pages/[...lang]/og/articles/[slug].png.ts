import { bytes } from '../../../../exports/bytes';
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleSlug, articlesInOrder } from '../../../../lib/articles';
import { articleOgPng } from '../../../../exports/chart-files';
import { LANGS } from '../../../../i18n/locale';
import { langParam } from '../../../../i18n/routes';
import { ui, fill } from '../../../../i18n/ui';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LANGS.map(async (lang) => {
        const articles = await articlesInOrder(lang);
        return articles.map((a, i) => ({
          params: { lang: langParam(lang), slug: articleSlug(a) },
          props: { title: a.data.title, description: a.data.description, part: fill(ui(lang).article.part, { n: i + 1, total: articles.length }) },
        }));
      }),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(bytes(articleOgPng(params.slug!, props.title as string, props.description as string, props.part as string)), {
    headers: { 'Content-Type': 'image/png' },
  });
