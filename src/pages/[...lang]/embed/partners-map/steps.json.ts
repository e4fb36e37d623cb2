/**
 * The map story's step captions of one language, for the map's embed when `?step=` is given
 * (partners-map.story-embed.ts fetches them then, so an embed of the full map carries none of
 * their weight). Data a script reads, not a page a reader opens: `{ "templates": "<template
 * data-step=…>…</template>…" }`, each step's title and passage rendered from the language's article
 * (components/story/StepCaptions.astro) with Astro's container, so the words have one source.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import StepCaptions from '../../../../components/story/StepCaptions.astro';
import { langPaths } from '../../../../i18n/routes';
import type { Lang } from '../../../../i18n/locale';

export const getStaticPaths = langPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props, params }) => {
  const container = await experimental_AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const templates = await container.renderToString(StepCaptions, { props: { lang: props.lang }, params });
  return new Response(JSON.stringify({ templates }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
