/**
 * A host page on another origin for embed tests, and what a reader sees inside an embed's frame.
 * Our site runs on localhost:<TEST_PORT>; the host runs on 127.0.0.1:<random>, another origin
 * (and another site, so Chromium puts the embed in its own process, as on a real host).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { inLangPath, rootLang } from './pages';

export interface Host {
  url: () => string;
  /** The HTML the host serves for every request. */
  set: (html: string) => void;
  close: () => Promise<void>;
}

export async function startHost(): Promise<Host> {
  let html = '';
  const server: Server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    set: (h) => (html = h),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The embed code exactly as the site publishes it in a language (in its oEmbed file), pointed at the test server. */
export function embedCodeFor(id: string, baseURL: string, withScript: boolean, dist = process.env['DIST_DIR'] ?? 'dist', lang = rootLang(dist)): string {
  const { html } = JSON.parse(readFileSync(`${dist}${inLangPath(lang, `/oembed/${id}.json`, dist)}`, 'utf8')) as { html: string };
  // The site's root, before the language's folder: /de/embed/<id>/ stays /de/embed/<id>/ on the test server.
  const embed = inLangPath(lang, '/embed/', dist).slice(1);
  const root = html.match(new RegExp(`src="(https?://[^"]+?)${embed}`))?.[1];
  if (!root) throw new Error(`${inLangPath(lang, `/oembed/${id}.json`, dist)}: its embed code does not frame …/${embed}${id}/ (the embed in its language): ${html.slice(0, 120)}`);
  const code = html.split(root).join(`${baseURL}/`);
  return withScript ? code : code.replace(/\n?<script[^>]*><\/script>/, '');
}

/** A plain host page: no styles of its own beyond a zero margin, so the frame is as wide as the window. */
export const hostPage = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>A teacher’s page</title></head><body style="margin:0">${body}</body></html>`;

/** The embed's frame, once its document has loaded. */
export async function embedFrame(page: Page, selector = 'iframe[data-sidestepped-embed]'): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  await frame.waitForSelector('[data-embed-root] figure[data-chart]', { state: 'attached' });
  // The load event as the browser reports it: a polled function would need requestAnimationFrame,
  // which may never run in a frame sandboxed without scripts.
  await frame.waitForLoadState('load');
  return frame;
}

export interface FrameView {
  width: number;
  height: number;
  /** How far the document scrolls inside the frame, down and sideways. */
  scrollY: number;
  scrollX: number;
  /** The visible layout's SVG, in the frame's coordinates. */
  svg: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  /** Its box's aspect ratio over its viewBox's: 1 when it is drawn at its natural shape. */
  svgBoxRatio: number;
  title: { top: number; bottom: number; visible: boolean } | null;
  /** The "Notes, sources and data" link under the chart. */
  more: { top: number; bottom: number; right: number };
  /** Notes and the source line: whether each shows inside the frame. */
  foot: { shown: boolean }[];
  /** Space between the last thing shown above the link and the link. */
  slack: number;
  /** The smallest rendered size of any visible text, HTML or SVG, in CSS px. */
  smallestText: number;
}

/** Measures what a reader sees inside the frame. */
export function frameView(frame: Frame): Promise<FrameView> {
  return frame.evaluate(() => {
    const rect = (e: Element) => e.getBoundingClientRect();
    const html = document.documentElement;
    const svg = [...document.querySelectorAll<SVGSVGElement>('.chart-svg > svg')].find((s) => rect(s).height > 0)!;
    const box = rect(svg);
    const vb = svg.viewBox.baseVal;
    const title = document.querySelector('.chart-title');
    const foot = document.querySelector('.chart-foot')!;
    const footBox = rect(foot);
    const shownIn = (b: DOMRect) => b.height > 0 && b.left >= footBox.left - 1 && b.right <= footBox.right + 1 && b.bottom <= footBox.bottom + 1;
    const items = [...foot.children].filter((c) => getComputedStyle(c).display !== 'none').map((c) => ({ shown: shownIn(rect(c)) }));
    const more = rect(document.querySelector('.embed-credit a')!);
    const lastShown = Math.max(
      box.bottom,
      ...[...foot.children].map(rect).filter(shownIn).map((b) => b.bottom),
    );
    // Every visible text: SVG text at its font size times the SVG's scale, HTML text as styled.
    const sizes: number[] = [];
    for (const t of svg.querySelectorAll('text')) {
      if (!t.textContent?.trim() || !t.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const m = t.getScreenCTM();
      if (m) sizes.push(parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b));
    }
    const walker = document.createTreeWalker(document.querySelector('[data-embed-root]')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('svg')) continue;
      const b = rect(el);
      if (b.width < 2 || b.height < 2 || b.bottom <= 0 || b.top >= innerHeight || b.right <= 0 || b.left >= innerWidth) continue;
      if (el.closest('.chart-foot') && !shownIn(rect(el.closest('.chart-foot > *') ?? el))) continue;
      sizes.push(parseFloat(getComputedStyle(el).fontSize));
    }
    const titleBox = title ? rect(title) : null;
    return {
      width: innerWidth,
      height: innerHeight,
      scrollY: html.scrollHeight - html.clientHeight,
      scrollX: html.scrollWidth - html.clientWidth,
      svg: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height },
      svgBoxRatio: box.width / box.height / (vb.width / vb.height),
      title: titleBox ? { top: titleBox.top, bottom: titleBox.bottom, visible: titleBox.height > 0 } : null,
      more: { top: more.top, bottom: more.bottom, right: more.right },
      foot: items,
      slack: more.top - lastShown,
      smallestText: Math.min(...sizes),
    };
  });
}

/** The heights the chart's page publishes next to its embed code (phone and 640 px column). */
export async function publishedHeights(page: Page, baseURL: string, id: string, lang = rootLang()): Promise<{ phone: number; column: number }> {
  const res = await page.request.get(`${baseURL}${inLangPath(lang, `/charts/${id}/`)}`);
  const m = (await res.text()).match(/data-fallback-heights="([^"]+)"/);
  if (!m) throw new Error(`/charts/${id}/ publishes no fallback heights`);
  const h = JSON.parse(m[1]!.replace(/&quot;/g, '"')) as { withTitle: { phone: number; column: number } };
  return h.withTitle;
}

/** The switches an embed can be set to from its URL (the embed page lists them). */
export async function stateOptions(page: Page, baseURL: string, id: string, lang = rootLang()): Promise<{ name: string; values: string[]; initial: string }[]> {
  const res = await page.request.get(`${baseURL}${inLangPath(lang, `/embed/${id}/`)}`);
  const m = (await res.text()).match(/data-embed-state="([^"]*)"/);
  return m ? (JSON.parse(m[1]!.replace(/&quot;/g, '"')) as { name: string; values: string[]; initial: string }[]) : [];
}
