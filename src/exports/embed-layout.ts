/**
 * How tall an embed is at a given frame width, computed at build time from the chart's registry
 * entry (its layout sizes, title, subtitle, controls, key, notes and source line) and the embed's
 * chrome. The embed page (src/pages/embed/[id]/index.astro) uses the same numbers in its CSS
 * (`EMBED` below); tests/e2e/embed-fit.spec.ts checks the result in a real browser, so a change
 * to either side that makes the published heights wrong fails a test.
 *
 * The height is what the embed needs to show everything at its natural size: no scaling down of
 * the chart, notes and sources in full. A frame that is shorter still shows the whole chart (the
 * embed's CSS scales it to the frame and drops the notes behind a link); a taller one has room
 * to spare at the bottom.
 */
import type { ChartControl, KeyItem, Size } from '../charts/types';
import { textWidth } from '../charts/shared/text';

/** The chrome of the embed page in CSS px. Keep in step with the embed page's CSS. */
export const EMBED = {
  /** <main> padding on every side. */
  pad: 12,
  /** The figure's top rule and the space under it. */
  rule: 3,
  ruleGap: 12,
  title: { size: 20, lineHeight: 1.25, after: 4 },
  subtitle: { size: 14, lineHeight: 1.4 },
  headAfter: 12,
  /** `.chart-figure` switches to the wide layout at this container width (charts.css). */
  wideFrom: 720,
  /** The narrow SVG grows with its column up to this width (charts.css `.chart-svg--narrow svg`). */
  narrowMaxWidth: 480,
  /** The embed's content column is at most this wide (60rem). */
  maxWidth: 960,
  /** Controls (charts.css .chart-control*): narrow and wide variants. */
  controls: {
    gap: 8,
    after: 12,
    labelSize: 14,
    labelLineHeight: 1.6,
    narrow: { size: 13, padX: 0.55, height: 28, gapX: 4.8, gapY: 4.8 },
    wide: { size: 14, padX: 0.7, height: 32, gapX: 8, gapY: 4 },
    /** A colour swatch in a button or key item: 0.9em plus a 0.4em gap. */
    swatchEm: 1.3,
  },
  key: { size: 14, lineHeight: 1.4, gapX: 16, gapY: 4, after: 12 },
  foot: { before: 12, size: 14, lineHeight: 1.45, noteGap: 4, after: 8, notesIndentEm: 1.4 },
  credit: { before: 8, size: 13, lineHeight: 1.4 },
  /** A story step's caption under the map (components/story/step-embed.css): title, then paragraphs. */
  caption: { before: 8, size: 14, lineHeight: 1.4, after: 4 },
} as const;

/** The two frame widths we publish heights for: a phone and a typical article column. */
export const FALLBACK_WIDTHS = { phone: 360, column: 640 } as const;
export type FallbackWidth = keyof typeof FALLBACK_WIDTHS;

/** What the embed shows of a chart, taken from its registry entry and data. */
export interface EmbedParts {
  title: string;
  subtitle: string;
  sizes: Record<'wide' | 'narrow', Size>;
  controls: ChartControl[];
  key: KeyItem[];
  notes: string[];
  /** The source line as shown, e.g. "Source: Ewa Dąbrowska (2024). Terms: glossary." */
  sourceLine: string;
  /** The credit line under the chart, as shown. */
  credit: string;
}

/** Fallback heights (CSS px) with and without the title, at both published widths. */
export interface FallbackHeights {
  withTitle: Record<FallbackWidth, number>;
  withoutTitle: Record<FallbackWidth, number>;
}

/** Lines of greedily wrapped text (the estimate errs wide, so it never undercounts by much). */
function lines(text: string, size: number, width: number, weight: 'normal' | 'bold' = 'normal'): number {
  const words = text.split(/\s+/).filter(Boolean);
  let n = 0;
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, size, weight) > width) {
      n++;
      line = w;
    } else line = next;
  }
  return n + (line ? 1 : 0);
}

/** Rows of flex-wrapped items of the given widths. */
function rows(widths: number[], avail: number, gap: number): number {
  let n = 0;
  let used = 0;
  for (const w of widths) {
    if (n === 0 || used + gap + w > avail) {
      n++;
      used = w;
    } else used += gap + w;
  }
  return n;
}

function controlsHeight(controls: ChartControl[], avail: number, wide: boolean): number {
  if (controls.length === 0) return 0;
  const c = EMBED.controls;
  const b = wide ? c.wide : c.narrow;
  const heights = controls.map((ctl) => {
    const widths = ctl.options.map((o) => textWidth(o.label, b.size) + 2 * b.padX * b.size + 2 + (o.swatch ? c.swatchEm * b.size : 0));
    const label = textWidth(ctl.label, c.labelSize, 'bold');
    const all = widths.reduce((s, w) => s + w, 0) + b.gapX * (widths.length - 1);
    // The label and the buttons share a line when they fit; otherwise the buttons wrap below it.
    if (label + c.gap + all <= avail) return b.height;
    const n = rows(widths, avail, b.gapX);
    return c.labelSize * c.labelLineHeight + c.gap + n * b.height + (n - 1) * b.gapY;
  });
  return heights.reduce((s, h) => s + h, 0) + c.gap * (heights.length - 1) + c.after;
}

function keyHeight(items: KeyItem[], avail: number): number {
  if (items.length === 0) return 0;
  const k = EMBED.key;
  const swatch = (i: KeyItem) => (i.shape === 'band' ? 1.6 : i.shape === 'line' ? 1.3 : 0.9) * k.size + 0.4 * k.size;
  const n = rows(
    items.map((i) => swatch(i) + textWidth(i.label, k.size)),
    avail,
    k.gapX,
  );
  return n * k.size * k.lineHeight + (n - 1) * k.gapY + k.after;
}

/**
 * Everything between the title and the chart, in the tallest state a reader can switch to.
 * Mirrors charts.css: with JavaScript the filter buttons replace the static key; a key shown
 * only for one value of a switch replaces the static key and the filters while it is chosen.
 */
function controlsAndKeys(parts: EmbedParts, avail: number, wide: boolean): number {
  const switches = parts.controls.filter((c) => c.kind === 'switch');
  const filters = parts.controls.filter((c) => c.kind === 'filter');
  const plain = parts.key.filter((k) => !k.when);
  const states = [
    { controls: [...switches, ...filters], key: filters.length > 0 ? [] : plain },
    ...switches.flatMap((s) =>
      s.options
        .map((o) => parts.key.filter((k) => k.when?.name === s.name && k.when.value === o.value))
        .filter((key) => key.length > 0)
        .map((key) => ({ controls: switches, key })),
    ),
  ];
  return Math.max(...states.map((s) => controlsHeight(s.controls, avail, wide) + keyHeight(s.key, avail)));
}

/** The width the chart's visible SVG takes in a frame of this width, and its layout. */
export function embedSvgBox(sizes: EmbedParts['sizes'], frameWidth: number): { layout: 'wide' | 'narrow'; width: number; height: number } {
  const avail = Math.min(frameWidth - 2 * EMBED.pad, EMBED.maxWidth);
  const layout = avail >= EMBED.wideFrom ? 'wide' : 'narrow';
  const size = sizes[layout];
  const width = layout === 'narrow' ? Math.min(avail, EMBED.narrowMaxWidth) : avail;
  return { layout, width, height: (width * size.height) / size.width };
}

/** The height (CSS px, rounded up to 10) the embed needs in a frame of this width. */
export function embedHeight(parts: EmbedParts, frameWidth: number, title = true): number {
  const avail = Math.min(frameWidth - 2 * EMBED.pad, EMBED.maxWidth);
  const { layout, height: svg } = embedSvgBox(parts.sizes, frameWidth);
  const wide = layout === 'wide';
  const t = EMBED.title;
  const s = EMBED.subtitle;
  const head = title
    ? lines(parts.title, t.size, avail, 'bold') * t.size * t.lineHeight + t.after + lines(parts.subtitle, s.size, avail) * s.size * s.lineHeight + EMBED.headAfter
    : 0;
  const f = EMBED.foot;
  const line = f.size * f.lineHeight;
  const notesWidth = avail - f.notesIndentEm * f.size;
  const notes = parts.notes.length
    ? parts.notes.reduce((sum, n) => sum + lines(n, f.size, notesWidth) * line + f.noteGap, 0) + f.after
    : 0;
  const foot = f.before + notes + lines(parts.sourceLine, f.size, avail) * line + f.after;
  const c = EMBED.credit;
  const credit = c.before + lines(parts.credit, c.size, avail) * c.size * c.lineHeight;
  const total = 2 * EMBED.pad + EMBED.rule + EMBED.ruleGap + head + controlsAndKeys(parts, avail, wide) + svg + foot + credit;
  return Math.ceil(total / 10) * 10;
}

export function fallbackHeights(parts: EmbedParts): FallbackHeights {
  const at = (title: boolean) => ({
    phone: embedHeight(parts, FALLBACK_WIDTHS.phone, title),
    column: embedHeight(parts, FALLBACK_WIDTHS.column, title),
  });
  return { withTitle: at(true), withoutTitle: at(false) };
}

/**
 * What a story step's caption adds to an embed at both published widths (CSS px, rounded up to
 * 10): the longest of the given captions, estimated as the notes are. The map gives up that much
 * of its height in a frame of the chart's fallback height, so a step's code asks for this much more.
 */
export function stepCaptionAllowance(captions: readonly { title: string; paragraphs: readonly string[] }[]): Record<FallbackWidth, number> {
  const c = EMBED.caption;
  const at = (frameWidth: number) => {
    const avail = Math.min(frameWidth - 2 * EMBED.pad, EMBED.maxWidth);
    const height = (cap: (typeof captions)[number]) =>
      c.before +
      lines(cap.title, c.size, avail, 'bold') * c.size * c.lineHeight +
      c.after +
      cap.paragraphs.reduce((sum, p) => sum + lines(p, c.size, avail) * c.size * c.lineHeight + c.after, 0);
    return Math.ceil(Math.max(0, ...captions.map(height)) / 10) * 10;
  };
  return { phone: at(FALLBACK_WIDTHS.phone), column: at(FALLBACK_WIDTHS.column) };
}
