/**
 * Open Graph cards (1200 × 630) for articles and charts, drawn as SVG and turned into PNG at build
 * time. A chart's card shows the chart itself, so a shared link previews what it leads to.
 */
import { el, serialize, type SvgNode } from '../charts/shared/svg';
import { wrap } from '../charts/shared/text';
import type { ResolvedChart } from '../charts/types';
import { SITE, SPOTLIGHT } from '../lib/site';
import { SANS_STACK } from '../charts/shared/standalone';
import { token } from '../styles/tokens';
import { DEFAULT_LANG, type Lang } from '../i18n/locale';
import { exportWords } from './messages';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PAD = 56;
const FONT = SANS_STACK;

function card(kicker: string, titleLines: string[], titleSize: number, body: SvgNode[], lang: Lang): string {
  return serialize(
    el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${OG_WIDTH} ${OG_HEIGHT}`, width: OG_WIDTH, height: OG_HEIGHT, 'font-family': FONT }, [
      el('rect', { width: OG_WIDTH, height: OG_HEIGHT, fill: token('--bg') }),
      el('rect', { width: OG_WIDTH, height: 12, fill: token('--text') }),
      el('text', { x: PAD, y: PAD + 24, 'font-size': 24, 'font-weight': 700, fill: token('--text-muted'), 'letter-spacing': 1.5 }, [kicker.toUpperCase()]),
      ...titleLines.map((line, i) =>
        el('text', { x: PAD, y: PAD + 24 + 28 + titleSize * (i + 1) * 1.1, 'font-size': titleSize, 'font-weight': 700, fill: token('--text') }, [line]),
      ),
      ...body,
      el('text', { x: PAD, y: OG_HEIGHT - PAD + 10, 'font-size': 22, fill: token('--text-muted') }, [
        exportWords(lang).credit(SITE.name, SPOTLIGHT.series, SPOTLIGHT.author),
      ]),
    ]),
  );
}

/** `part` is the kicker ("Part 2 of 5") in the article's language `lang`. */
export function articleCard(title: string, description: string, part: string, lang: Lang = DEFAULT_LANG): string {
  const titleLines = wrap(title, 64, OG_WIDTH - 2 * PAD, 'bold').slice(0, 3);
  // First description line sits well below the title's last baseline.
  const top = PAD + 52 + titleLines.length * 64 * 1.1 + 72;
  const desc = wrap(description, 30, OG_WIDTH - 2 * PAD).slice(0, 3);
  return card(part, titleLines, 64, desc.map((line, i) => el('text', { x: PAD, y: top + i * 40, 'font-size': 30, fill: token('--text-muted') }, [line])), lang);
}

export function chartCard(chart: ResolvedChart): string {
  // Takeaway titles run long: the largest size that keeps the title to two lines.
  const titleSize = [48, 44, 40, 36].find((s) => wrap(chart.title, s, OG_WIDTH - 2 * PAD, 'bold').length <= 2) ?? 36;
  const titleLines = wrap(chart.title, titleSize, OG_WIDTH - 2 * PAD, 'bold').slice(0, 2);
  const top = PAD + 52 + titleLines.length * titleSize * 1.1 + 28;
  const boxW = OG_WIDTH - 2 * PAD;
  const boxH = OG_HEIGHT - PAD - 44 - top;
  const { width, height } = chart.standaloneSize('wide');
  const scale = Math.min(boxW / width, boxH / height);
  const x = PAD + (boxW - width * scale) / 2;
  return card(exportWords(chart.lang).ogChart, titleLines, titleSize, [
    el('g', { transform: `translate(${Math.round(x)} ${Math.round(top)}) scale(${scale.toFixed(3)})` }, [chart.render({ layout: 'wide', theme: 'standalone' })]),
  ], chart.lang);
}
