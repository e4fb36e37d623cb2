/**
 * The fonts that draw chart text, and the files shared/text.ts measures them from.
 *
 * Site pages draw charts in the design font, Source Sans 3, loaded as a web font from a reader's
 * second page on (src/scripts/theme-init.ts). Embeds load no web font (a survey embed must stay
 * under 7 KB), and a reader's first page, or a page whose font missed the first paint
 * (font-display: optional), keeps the fallback: there the text is drawn by the first
 * installed family of FALLBACK_FAMILIES, all of which have Arial's advance widths (Arial copied
 * Helvetica's; Liberation Sans and Arimo are metric clones of Arial). Labels are measured in both
 * Source Sans 3 and Arimo and the wider counts, so a label that fits here fits whichever draws it.
 * `sans-serif` closes the list only so that a machine with none of them still shows text.
 */
export const DESIGN_FAMILY = 'Source Sans 3';
export const FALLBACK_FAMILIES = ['Arial', 'Helvetica', 'Liberation Sans', 'Arimo'] as const;

// A family name with a space or a digit must be quoted, or the whole list is invalid.
const quoted = (family: string): string => (/^[A-Za-z-]+$/.test(family) ? family : `'${family}'`);

/** The fallback list that embeds and the page's CSS (`--font-ui` in tokens.css) name. */
export const FALLBACK_STACK = [...FALLBACK_FAMILIES.map(quoted), 'sans-serif'].join(', ');

/** The font-family of an inline chart's root, for readers whose page CSS did not load. */
export const CHART_FONT_STACK = `${quoted(DESIGN_FAMILY)}, ${FALLBACK_STACK}`;

/** The weights chart text is drawn in. */
export type FontWeight = 400 | 600 | 700;

/**
 * The measured font files, by weight, as package paths (npm packages, so every machine measures
 * the same bytes). Arial has no semibold: a browser draws weight 600 in its bold.
 */
export const MEASURED_FONTS: Readonly<Record<'design' | 'fallback', Readonly<Record<FontWeight, string>>>> = {
  design: {
    400: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
    600: '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
    700: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
  },
  fallback: {
    400: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
    600: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
    700: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
  },
};
