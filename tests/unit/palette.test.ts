/**
 * The colours in src/styles/tokens.css, measured with culori the way readers see them:
 * - every colour that marks data keeps 3:1 against the page background in both themes (WCAG 1.4.11),
 *   and 4.5:1 where it is text or carries text (WCAG 1.4.3: chart text is 12–14 px, never "large"),
 *   with typical colour vision and in each simulation below;
 * - within each set of colours a chart shows together, every pair stays apart (CIEDE2000) with
 *   typical colour vision and under full protanopia, deuteranopia and tritanopia (Machado et al.
 *   2009 simulations: culori's filterDeficiency* at severity 1, and the same in linear RGB, which is
 *   what Chromium's DevTools emulation shows);
 * - the accent keeps its one meaning, the spotlight's own words and figures: no other chart colour
 *   looks like it, and only the rules that mark the spotlight use it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import {
  clampRgb,
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  formatHex,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { chartStylesheets } from '../../src/charts/shared/standalone';
import { rawTokens } from '../../src/styles/tokens';

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const raw = new Map([...rawTokens(readFileSync('src/styles/tokens.css', 'utf8'))].map(([k, v]) => [k.slice(2), v]));
/** A colour token's value in one theme: `light-dark(a, b)`, a hex, or var() of another token. */
function token(name: string, theme: Theme, seen: string[] = []): string {
  const v = raw.get(name);
  if (v === undefined) throw new Error(`tokens.css has no --${name}`);
  if (seen.includes(name)) throw new Error(`tokens.css: --${name} refers to itself`);
  const alias = /^var\(--([\w-]+)\)$/.exec(v);
  if (alias) return token(alias[1]!, theme, [...seen, name]);
  const ld = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(v);
  if (ld) return theme === 'light' ? ld[1]! : ld[2]!;
  if (/^#[0-9a-f]{6}$/i.test(v)) return v;
  throw new Error(`tokens.css: --${name} is "${v}", not light-dark(#hex, #hex) or var(--token)`);
}
/** The selectors of every rule (also inside @media and @container) with a declaration that `has`. */
const selectorsWhere = (css: string, has: (d: { prop: string; value: string }) => boolean): string[] => {
  const out: string[] = [];
  postcss.parse(css).walkRules((r) => {
    if (r.some((d) => d.type === 'decl' && has(d))) out.push(...r.selectors.map((s) => s.replace(/\s+/g, ' ')));
  });
  return out;
};
const colour = (hex: string): Color => {
  const c = parse(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
};

const deltaE = differenceCiede2000();
const toRgb = converter('rgb');
const toLinear = converter('lrgb');
const unit = (v: number) => Math.min(1, Math.max(0, v));
/**
 * culori applies the Machado matrices to gamma-encoded sRGB; Chromium's DevTools emulation (an SVG
 * filter, so in linear RGB, as Machado et al. define them) shows some colours quite differently:
 * the accent red turns a light olive there and a dark one in culori. A palette must pass both, so
 * the same culori filter is also run on linear values (and clamped, as the filter clamps).
 */
const inLinearRgb = (filter: (c: Color) => Color) => (c: Color): Color => {
  const l = toLinear(c);
  const s = toRgb(filter({ mode: 'rgb', r: l.r, g: l.g, b: l.b }));
  return toRgb({ mode: 'lrgb', r: unit(s.r), g: unit(s.g), b: unit(s.b) });
};
const DEFICIENCIES = { protanopia: filterDeficiencyProt(1), deuteranopia: filterDeficiencyDeuter(1), tritanopia: filterDeficiencyTrit(1) };
const VISIONS: Record<string, (c: Color) => Color> = {
  'typical colour vision': (c) => c,
  ...Object.fromEntries(Object.entries(DEFICIENCIES).map(([name, f]) => [name, (c: Color) => clampRgb(f(c))])),
  ...Object.fromEntries(Object.entries(DEFICIENCIES).map(([name, f]) => [`${name} as Chromium emulates it`, inLinearRgb(f)])),
};

/**
 * The smallest ΔE2000 any two colours of a set may have, in every vision and theme. About 1 is
 * just noticeable side by side, 2–3 at a glance; but categories must be told apart across a chart
 * and matched to a key, often on small marks (Hong Kong and Singapore are dots, timeline events
 * 12 px circles), where the difference needed grows several-fold (Szafir 2018, "Modelling colour
 * difference for visualization design"). 12 keeps every pair clearly different on such marks;
 * going higher would push colours out of the lightness band the 3:1 and 4.5:1 rules leave.
 */
const MIN_DELTA_E = 12;

/** Colours a chart shows together, so each must be told apart from the others. */
const SETS: Record<string, string[]> = {
  // Each map set includes the land of the countries not named, which every partner must stand out from.
  'the map’s groups': ['c-china', 'c-authoritarian', 'c-eurasian', 'c-brics', 'c-other-partners', 'c-oecd-attache', 'c-transit-hub', 'c-subject', 'c-land'],
  'the map’s formal statuses': ['c-eaeu-member', 'c-eaeu-observer', 'c-brics-member', 'c-oecd-member', 'c-no-status', 'c-subject', 'c-land'],
  'the timeline’s categories': ['c-policy', 'c-war-sanctions', 'c-technology', 'c-alliances', 'c-publication'],
  'the two currencies': ['c-rub', 'c-usd'],
  'the spotlight’s answer among the survey’s others': ['accent', 'c-mute-mark'],
  'the spotlight’s estimate among the other estimates': ['accent', 'text-muted'],
};

/** Surfaces and textures, not marks: each is paired with something that carries the meaning. */
const NOT_MARKS: Record<string, string> = {
  'c-land': 'the map’s base land, behind the marks',
  'c-land-edge': 'hairline between countries',
  'c-track': 'the empty track behind a bar',
  'c-band': 'a range band; its dark end caps mark the values',
  'c-era': 'the timeline’s shaded busiest year, behind its dates and titles',
  'c-no-status': '“no status” in the formal view: carried by the label “none” (and the dashed outline where the spotlight says otherwise)',
  'c-subject-area': 'Russia, the map’s subject, recedes on purpose: a light hatch, named by its bold label',
  'c-subject-hatch': 'the lines of Russia’s hatch, on --c-subject-area',
};

/** Colours also used for text on the page background: `.label-highlight` and the timeline's dates (`.date.category-text-*`). */
const TEXT_COLOURS = ['accent', 'c-policy', 'c-war-sanctions', 'c-technology', 'c-alliances', 'c-publication'];

/**
 * Text drawn in the background colour on top of a fill (the chart SVG modules): charts.css rules
 * that set `fill: var(--bg)`, and the fills that text sits on.
 */
const TEXT_ON_FILL: Record<string, string[]> = {
  '.chart .on-mark': ['c-policy', 'c-war-sanctions', 'c-technology', 'c-alliances', 'c-publication'], // timeline numbers in filled dots
  '.chart .on-bar': ['c-usd', 'c-rub'], // competence-centres values inside bars
  '.chart .map-label-subject': ['c-subject'], // Russia's name on Russia
};
/** Rules with `fill: var(--bg)` that fill shapes, not text. */
const BG_FILLED_SHAPES: Record<string, string> = {
  '.chart .ring-mark': 'the hollow centre of a ring mark',
  '.chart .inset-bg': 'the page-coloured ground of the map’s zoomed panels',
};

/** Tokens that are the accent by meaning (the spotlight's own publication on the timeline). */
const ACCENT_ALIASES = ['c-publication'];
/** Rules allowed to use the accent: each marks the spotlight's own words or figures. */
const ACCENT_RULES: Record<string, string> = {
  '.quote': 'a quotation from the spotlight (Quote.astro)',
  '.credit': 'the box that credits the spotlight (SpotlightCredit.astro)',
  '.chart .label-highlight': 'the spotlight’s figure, as text',
  '.highlight': 'the spotlight’s figure, as a mark',
  '.embed-step-caption > figure': 'a quotation from the spotlight in a story step embed’s caption (step-embed.css; Quote.astro’s figure, by position, since the caption is fetched)',
};
/** ΔE2000 below which a chart colour would read as the accent’s red with typical vision. */
const MIN_FROM_ACCENT = 20;

const chartColours = [...raw.keys()].filter((n) => n.startsWith('c-'));

describe('the palette', () => {
  it('simulates in linear RGB what Chromium’s DevTools show', () => {
    // Read back from Chromium 156 (Emulation.setEmulatedVisionDeficiency) over a #c72c34 swatch.
    const seen = (vision: string) => formatHex(VISIONS[`${vision} as Chromium emulates it`]!(colour('#c72c34')));
    expect([seen('protanopia'), seen('deuteranopia'), seen('tritanopia')]).toEqual(['#5c5433', '#82752e', '#db0031']);
  });

  it('reads every colour token in both themes', () => {
    expect(chartColours.length).toBeGreaterThan(20);
    for (const n of [...chartColours, 'bg', 'text', 'text-muted', 'accent']) for (const t of THEMES) expect(() => colour(token(n, t))).not.toThrow();
  });

  for (const theme of THEMES) {
    const bg = token('bg', theme);
    const contrast = (n: string, on = bg) => wcagContrast(token(n, theme), on);

    // Contrast is measured as each reader sees it: a red that is light enough for typical vision
    // can turn dark olive for a protanope, so every simulation must keep the ratio too.
    const seenContrast = (n: string, vision: (c: Color) => Color) => wcagContrast(vision(colour(token(n, theme))), vision(colour(bg)));
    const below = (names: string[], min: number) =>
      Object.entries(VISIONS).flatMap(([vision, simulate]) =>
        names.map((n) => ({ n, k: seenContrast(n, simulate) })).filter(({ k }) => k < min).map(({ n, k }) => `--${n} ${k.toFixed(2)}:1 with ${vision}`),
      );

    it(`every mark keeps 3:1 against the background, in every vision (${theme})`, () => {
      expect(below([...chartColours.filter((n) => !(n in NOT_MARKS)), 'accent'], 3), 'marks under 3:1 against --bg').toEqual([]);
    });

    it(`coloured text keeps 4.5:1 against the background, in every vision (${theme})`, () => {
      expect(below(TEXT_COLOURS, 4.5)).toEqual([]);
    });

    it(`text drawn on a fill keeps 4.5:1 against it, in every vision (${theme})`, () => {
      const low: string[] = [];
      for (const [rule, fills] of Object.entries(TEXT_ON_FILL)) low.push(...below(fills, 4.5).map((m) => `${rule} on ${m}`));
      expect(low).toEqual([]);
    });

    it(`text on the timeline’s shaded year keeps 4.5:1 against it, in every vision (${theme})`, () => {
      const era = colour(token('c-era', theme));
      const low = Object.entries(VISIONS).flatMap(([vision, simulate]) =>
        [...TEXT_COLOURS, 'text', 'text-muted']
          .map((n) => ({ n, k: wcagContrast(simulate(colour(token(n, theme))), simulate(era)) }))
          .filter(({ k }) => k < 4.5)
          .map(({ n, k }) => `--${n} on --c-era ${k.toFixed(2)}:1 with ${vision}`),
      );
      expect(low).toEqual([]);
    });

    it(`the dashed outline of a mismatch stands out from the fills it edges (${theme})`, () => {
      for (const on of ['c-no-status', 'bg', 'c-land']) expect(contrast('c-mismatch', token(on, theme)), `--c-mismatch on --${on}`).toBeGreaterThanOrEqual(3);
    });

    for (const [vision, simulate] of Object.entries(VISIONS))
      it(`each set of colours stays apart with ${vision} (${theme})`, () => {
        const close: string[] = [];
        for (const [set, names] of Object.entries(SETS)) {
          const seen = names.map((n) => simulate(colour(token(n, theme))));
          for (let a = 0; a < names.length; a++)
            for (let b = a + 1; b < names.length; b++) {
              const d = deltaE(seen[a]!, seen[b]!);
              if (d < MIN_DELTA_E) close.push(`${set}: --${names[a]} and --${names[b]} ΔE2000 ${d.toFixed(1)}`);
            }
        }
        expect(close, `pairs closer than ΔE2000 ${MIN_DELTA_E}`).toEqual([]);
      });

    it(`no chart colour but the spotlight’s looks like the accent (${theme})`, () => {
      const accent = token('accent', theme);
      const alike = chartColours
        .filter((n) => !ACCENT_ALIASES.includes(n))
        .map((n) => ({ n, d: deltaE(token(n, theme), accent) }))
        .filter(({ d }) => d < MIN_FROM_ACCENT)
        .map(({ n, d }) => `--${n} ΔE2000 ${d.toFixed(1)}`);
      expect(alike).toEqual([]);
      for (const n of ACCENT_ALIASES) expect(token(n, theme), `--${n} is the accent`).toBe(accent);
    });
  }

  it('lists every rule that draws text in the background colour', () => {
    const bgFilled = chartStylesheets().flatMap((sheet) => selectorsWhere(sheet, (d) => d.prop === 'fill' && d.value === 'var(--bg)'));
    const unlisted = bgFilled.filter((s) => !(s in TEXT_ON_FILL) && !(s in BG_FILLED_SHAPES));
    expect(unlisted, 'add each to TEXT_ON_FILL with the fills its text sits on').toEqual([]);
  });
});

describe('the accent means the spotlight, and only the spotlight', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.(css|astro)$/.test(f) ? [p] : [];
    });
  const uses = files('src').flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    // An Astro component's styles are its <style> blocks.
    const styles = file.endsWith('.astro') ? [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n') : source;
    return selectorsWhere(styles, (d) => d.value.includes('var(--accent)')).map((selector) => ({ file, selector }));
  });

  it('is used somewhere', () => {
    expect(uses.length).toBeGreaterThan(0);
  });

  it('is used only by rules that mark the spotlight’s words and figures', () => {
    const other = uses.filter((u) => u.selector !== ':root' && !(u.selector in ACCENT_RULES)).map((u) => `${u.file}: ${u.selector}`);
    expect(other, `give these another token, or add them to ACCENT_RULES if they mark the spotlight`).toEqual([]);
  });
});
