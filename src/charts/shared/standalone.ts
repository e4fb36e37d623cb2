/**
 * Colours for a standalone SVG file (downloads), where the page's CSS is absent. The class names are
 * the ones charts.css styles in the page through the tokens in src/styles/tokens.css; the hex values
 * are those tokens' light-theme values. A unit test checks the two lists stay in step.
 */
export const FILLS: Record<string, string> = {
  bg: '#fdfcfa',
  t: '#1b1c1f',
  't-muted': '#54575e',
  land: '#e4e1da',
  'g-china': '#b3261e',
  'g-authoritarian': '#8a4f00',
  'g-eurasian': '#00745a',
  'g-brics': '#0b5cad',
  'g-other-partners': '#7a3e9d',
  'g-oecd-attache': '#4d5560',
  'g-transit-hub': '#a1005b',
  'g-subject': '#1b1c1f',
  'm-eaeu-member': '#00745a',
  'm-eaeu-observer': '#9fd9c6',
  'm-brics': '#0b5cad',
  'm-oecd': '#4d5560',
  'm-none': '#c2bdb0',
  'm-subject': '#1b1c1f',
  'k-policy': '#0b5cad',
  'k-war-sanctions': '#b3261e',
  'k-technology': '#00745a',
  'k-alliances': '#8a4f00',
  'k-publication': '#1b1c1f',
  rub: '#b3261e',
  usd: '#0b5cad',
  hl: '#b3261e',
  mute: '#7d7a72',
  band: '#d9d4c9',
};

export const STROKES: Record<string, string> = {
  rule: '#d6d2c8',
  axis: '#54575e',
  edge: '#fdfcfa',
  leader: '#54575e',
};

export const STANDALONE_CSS = [
  ...Object.entries(FILLS).map(([c, v]) => `.${c}{fill:${v}}`),
  ...Object.entries(STROKES).map(([c, v]) => `.${c}{stroke:${v};fill:none}`),
  '.ring{fill:#fdfcfa}',
  '.is-formal,.is-hidden{display:none}',
].join('');
