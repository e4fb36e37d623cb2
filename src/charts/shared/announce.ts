/**
 * Tells screen-reader users what a control changed, through a polite live region that belongs to
 * the figure itself (the figure also holds the share dialog's own status region). The region is
 * added at setup, before any change: screen readers ignore a region created with its message.
 * Browser-only.
 */
const SELECTOR = ':scope > [data-chart-live]';

export function addLiveRegion(figure: HTMLElement): void {
  if (figure.querySelector(SELECTOR)) return;
  // A generic element, empty until used: a screen reader reading the figure meets nothing here
  // (an empty paragraph would be announced as one).
  const live = document.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  live.dataset['chartLive'] = '';
  figure.append(live);
}

export function announce(figure: HTMLElement, text: string): void {
  const live = figure.querySelector(SELECTOR);
  if (live) live.textContent = text;
}
