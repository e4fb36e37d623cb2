/** Prints computed figures into data text: "{avg-rub}" becomes "about 687 million roubles". */
import type { Figure } from '../data/figures';

const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** The figure keys a text asks for. */
export const figureKeys = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);

/** Replaces every {key} with its figure's text; an unknown key stops the build, naming it and where it is. */
export function fillFigures(text: string, figures: Readonly<Record<string, Figure>>, where: string): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const f = figures[key];
    if (!f) throw new Error(`${where}: unknown figure {${key}}. Known keys: ${Object.keys(figures).join(', ')}`);
    return f.text;
  });
}
