/**
 * Enhances every chart on the page; loaded once by Chart.astro's script. Browser-only. A chart's
 * behaviour beyond the shared one lives in its folder's `<id>.client.ts`; a chart without one gets
 * the shared behaviour (tooltips, keyboard travel, controls) and needs no file.
 */
import { enhanceFigure, type ChartClient } from './shared/enhance';
import { inTurn } from '../scripts/in-turn';

const modules = import.meta.glob<ChartClient>('./*/*.client.ts', { eager: true, import: 'client' });
const CLIENTS = new Map(Object.entries(modules).map(([path, client]) => [path.split('/')[1]!, client]));

/** Each chart in a task of its own (src/scripts/in-turn.ts), in page order. */
export function enhanceCharts(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
    inTurn(() => enhanceFigure(figure, CLIENTS.get(figure.dataset['chart'] ?? '') ?? {}));
  }
}
