import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The partners map as a reader sees it, measured in the browser: at every width from a small phone
 * to a desktop and in both views, every country's label sits on that country or at the end of a
 * leader line that starts inside it, covers no other partner's shape and no other label, and every
 * country can be tapped on a target at least 24 × 24 CSS px (WCAG 2.5.8). The countries come from
 * the map's data, the shapes and labels from the page.
 */

const partners: { id: string; name: string }[] = JSON.parse(readFileSync('content/data/partners.json', 'utf8'));
const PLACES = ['/articles/partners/', '/charts/partners-map/', '/embed/partners-map/'];
const WIDTHS = [320, 360, 390, 768, 1280];
const VIEWS = ['group', 'formal'] as const;

const figureOf = (page: Page) => page.locator('figure[data-chart="partners-map"]');

/** The layout the reader sees (the other one is display: none). */
const shownSvg = (figure: Locator) => figure.locator('.chart-svg svg').filter({ visible: true });

interface LabelReport {
  id: string;
  text: string;
  problems: string[];
}

/** Measures every visible label of the shown layout and view; returns what is wrong with each. */
async function measureLabels(svg: Locator, view: string): Promise<{ labels: LabelReport[]; overlaps: string[] }> {
  return svg.evaluate((root, view) => {
    const own = (el: Element | null) => el?.getAttribute('data-country') ?? null;
    /** Country shapes (not tap targets) under a point, as their country ids. */
    const countriesAt = (x: number, y: number) =>
      document
        .elementsFromPoint(x, y)
        .filter((e) => root.contains(e) && e.hasAttribute('data-country'))
        .map(own);
    const texts = [...root.querySelectorAll<SVGTextElement>(`.labels.only-${view} text[data-label-for]`)].filter((t) => t.getClientRects().length > 0);
    const boxes = texts.map((t) => t.getBoundingClientRect());
    const labels = texts.map((t, i) => {
      const id = t.getAttribute('data-label-for') ?? '';
      const b = boxes[i]!;
      const problems: string[] = [];
      // Every point of the label (inset 1 px, every 2 px) is off every other partner's shape.
      const others = new Set<string>();
      for (let y = b.top + 1; y <= b.bottom - 1; y += Math.max(1, (b.height - 2) / 4))
        for (let x = b.left + 1; x <= b.right - 1; x += 2) for (const c of countriesAt(x, y)) if (c !== id) others.add(c ?? '');
      if (others.size) problems.push(`covers ${[...others].join(', ')}`);
      const leader = root.querySelector<SVGLineElement>(`.labels.only-${view} line[data-leader-for="${id}"]`);
      const shapes = [...root.querySelectorAll(`[data-country="${id}"]`)];
      if (leader) {
        const ctm = leader.getScreenCTM()!;
        const start = new DOMPoint(leader.x1.baseVal.value, leader.y1.baseVal.value).matrixTransform(ctm);
        const end = new DOMPoint(leader.x2.baseVal.value, leader.y2.baseVal.value).matrixTransform(ctm);
        if (!countriesAt(start.x, start.y).includes(id)) problems.push(`leader starts outside ${id} at ${Math.round(start.x)},${Math.round(start.y)}`);
        // Its other end reaches the label (the text may be narrower than the space kept for it).
        const gap = Math.hypot(Math.max(b.left - end.x, 0, end.x - b.right), Math.max(b.top - end.y, 0, end.y - b.bottom));
        if (gap > 3 + b.width * 0.12) problems.push(`leader ends ${Math.round(gap)} px from its label`);
      } else if (shapes.some((s) => s.matches('circle') || s.closest('.offmap'))) {
        // A dot's or an arrow's label sits right beside it.
        const s = shapes.find((e) => e.getClientRects().length > 0)!.getBoundingClientRect();
        const gap = Math.hypot(Math.max(s.left - b.right, 0, b.left - s.right), Math.max(s.top - b.bottom, 0, b.top - s.bottom));
        if (gap > 8) problems.push(`${Math.round(gap)} px from its dot, with no leader`);
      } else if (!countriesAt((b.left + b.right) / 2, (b.top + b.bottom) / 2).includes(id)) {
        problems.push('not on its own country and has no leader');
      }
      return { id, text: t.textContent ?? '', problems };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const c = boxes[j]!;
        if (a.left + 1 < c.right - 1 && c.left + 1 < a.right - 1 && a.top + 1 < c.bottom - 1 && c.top + 1 < a.bottom - 1) overlaps.push(`${labels[i]!.text} × ${labels[j]!.text}`);
      }
    return { labels, overlaps };
  }, view);
}

/** For each mark, whether some 24 × 24 CSS px square is all its own to tap (a 5 × 5 grid of points hits it). */
async function tapTargets(svg: Locator): Promise<{ id: string; ok: boolean }[]> {
  return svg.evaluate((root) => {
    const marks = [...root.querySelectorAll<SVGElement>('[data-mark]')];
    const hits = (m: Element, x: number, y: number) => document.elementFromPoint(x, y)?.closest('[data-mark]') === m;
    const squareAt = (m: Element, cx: number, cy: number, points: number) => {
      for (let i = 0; i < points; i++)
        for (let j = 0; j < points; j++) if (!hits(m, cx - 12 + (24 * i) / (points - 1), cy - 12 + (24 * j) / (points - 1))) return false;
      return true;
    };
    return marks.map((m) => {
      const r = m.getBoundingClientRect();
      const centres: [number, number][] = [];
      for (let y = r.top + 12; y <= r.bottom - 12; y += 2) for (let x = r.left + 12; x <= r.right - 12; x += 2) centres.push([x, y]);
      const mx = (r.left + r.right) / 2;
      const my = (r.top + r.bottom) / 2;
      centres.sort((a, b) => Math.hypot(a[0] - mx, a[1] - my) - Math.hypot(b[0] - mx, b[1] - my));
      const ok = centres.some(([x, y]) => squareAt(m, x, y, 3) && squareAt(m, x, y, 5));
      return { id: m.getAttribute('data-mark') ?? '', ok };
    });
  });
}

for (const place of PLACES)
  for (const width of WIDTHS)
    test.describe(`${place} at ${width} px`, () => {
      test.use({ viewport: { width, height: 1000 }, hasTouch: width < 700 });

      // One load for all three checks: the tap targets as the page opens, then each view's labels in turn.
      test(`every country has a tap target of at least 24 × 24 CSS px, and in each view every label is on its own country or its leader, on no other partner or label`, async ({
        watched: page,
        problems,
      }) => {
        await page.goto(place);
        const figure = figureOf(page);
        await expect(figure).toHaveAttribute('data-enhanced', 'true');
        const svg = shownSvg(figure);
        await expect(svg).toHaveCount(1);
        await svg.evaluate((s) => s.scrollIntoView({ block: 'center' }));
        const targets = await tapTargets(svg);
        expect(targets.map((t) => t.id).sort(), 'one mark for every country in the data').toEqual(partners.map((p) => p.id).sort());
        expect.soft(targets.filter((t) => !t.ok).map((t) => t.id), 'countries without a 24 × 24 px target').toEqual([]);

        for (const view of VIEWS) {
          if (view !== 'group') await figure.locator(`.chart-control[data-name=view] button[data-value=${view}]`).click();
          await expect(figure).toHaveAttribute('data-view', view);
          await svg.evaluate((s) => s.scrollIntoView({ block: 'center' }));
          // In the map story (the partners article) every label shows only outside the steps: stand just before the first.
          await figure.evaluate((f) => {
            const first = f.querySelector('.story-step');
            const line = parseFloat(getComputedStyle(f.querySelector('.story-body') ?? f).getPropertyValue('--story-line'));
            if (first && line) scrollTo(0, scrollY + first.getBoundingClientRect().top - line - 24);
          });
          await expect(figure.locator('.story-step[aria-current]')).toHaveCount(0);
          await expect(figure).toHaveAttribute('data-view', view);

          const { labels, overlaps } = await measureLabels(svg, view);
          expect.soft(labels.map((l) => l.id).sort(), `${view} view: one label for every country in the data`).toEqual(partners.map((p) => p.id).sort());
          expect.soft(labels.filter((l) => l.problems.length).map((l) => `${l.text}: ${l.problems.join('; ')}`), `${view} view`).toEqual([]);
          expect.soft(overlaps, `${view} view: labels overlapping each other`).toEqual([]);
        }
        expect(problems).toEqual([]);
      });
    });
