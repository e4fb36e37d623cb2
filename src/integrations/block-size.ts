/**
 * The room an article's blocks take before they are laid out. The article page lays the blocks
 * past its first screen out only as they come near it (`content-visibility: auto`, in
 * src/pages/[...lang]/articles/[slug].astro) and reserves a guessed block size for each until then.
 * One fixed guess fits no article: on a phone a paragraph takes 2 to over 25 em, a list over 60 and
 * the footnotes 20 to over 100. So this Sätteri hast plugin estimates each paragraph's, list's,
 * quotation's and the footnotes' size from the length of their text as it wraps on a 320 px phone,
 * and writes it on the block as `data-block-size-guess` (in em of the block's text), which the
 * page's CSS reads with `attr()`.
 *
 * The estimate errs large. A guess too small puts a block's links over the next block's for tools
 * that measure blocks not yet laid out (Lighthouse's target-size audit), and grows the block as the
 * reader comes near; one too large only shrinks, off screen, as the reader gets near.
 * tests/e2e/lazy-block-sizes.spec.ts checks every guess against the laid-out block.
 */
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';

/** How a kind of block's text wraps on a 320 px phone, in em of its own text. */
export interface Wrapping {
  /**
   * Characters on a line. The lines of body text and notes hold about 35 to 38 at 320 px, fewer
   * where a long word or address wraps early; fewer here, so that the estimate errs large.
   */
  charsPerLine: number;
  /** A line's height (the line height the stylesheet sets). */
  lineEm: number;
  /** The space after each unit of text: a note, a list item. */
  gapEm: number;
  /** The block's own space: padding, a rule, a hidden heading, margins inside it. */
  blockEm: number;
}

/** Paragraphs, list items and quotations in the body (line height 1.6). */
export const PROSE: Wrapping = { charsPerLine: 30, lineEm: 1.6, gapEm: 0.5, blockEm: 0 };
/** The footnotes section: smaller text in a list, after a rule and a hidden heading. */
export const NOTES: Wrapping = { charsPerLine: 30, lineEm: 1.6, gapEm: 0.6, blockEm: 8 };

/** The estimated block size, in em, of a block whose units of text (notes, items) have these lengths in characters. */
export function blockSizeEm(unitLengths: readonly number[], wrapping: Wrapping): number {
  const units = unitLengths.reduce((sum, chars) => sum + Math.max(1, Math.ceil(chars / wrapping.charsPerLine)) * wrapping.lineEm + wrapping.gapEm, 0);
  return Math.ceil(wrapping.blockEm + units);
}

const GUESS = 'dataBlockSizeGuess';

export function blockSize(): HastPluginEntry {
  return (doc: PluginFactoryContext) => {
    if (doc.sourceFormat !== 'mdx') return null;
    const units = new Map<object, number[]>();
    return {
      name: 'block-size',
      element: [
        {
          filter: ['p', 'blockquote'],
          visit(node, ctx) {
            if (ctx.parent(node)?.type !== 'root') return;
            ctx.setProperty(node, GUESS, String(blockSizeEm([ctx.textContent(node).trim().length], PROSE)));
          },
        },
        {
          filter: ['li'],
          visit(node, ctx) {
            const list = ctx.parent(node);
            const block = list && ctx.parent(list);
            if (!list || !block) return;
            const isNotes = block.type === 'element' && block.properties?.['dataFootnotes'] !== undefined;
            const target = isNotes ? block : block.type === 'root' ? list : undefined;
            if (!target) return;
            const lengths = [...(units.get(target) ?? []), ctx.textContent(node).trim().length];
            units.set(target, lengths);
            // Written again with each item: the block has been visited before its items.
            ctx.setProperty(target, GUESS, String(blockSizeEm(lengths, isNotes ? NOTES : PROSE)));
          },
        },
      ],
    };
  };
}
