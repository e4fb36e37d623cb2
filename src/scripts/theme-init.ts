/**
 * The web font (Source Sans 3) never holds up or changes a reader's first page: a page is drawn in
 * the metric-matched system sans, and once it has loaded the font files are fetched into the cache
 * and the reader's browser remembers that it has them (localStorage `web-fonts`). From then on every
 * page sets html.web-fonts before its first paint, tokens.css uses the font, and `font-display:
 * optional` draws it from the cache in the first frame (or keeps the system sans if the cache has
 * dropped it, so nothing moves). A first visit on a slow network therefore asks for nothing but the
 * page before it is painted (issue 12: LCP). Part of THEME_INIT, inside its try (a browser that blocks
 * storage keeps the system sans).
 */
const WEB_FONTS_INIT =
  "if(localStorage.getItem('web-fonts'))d.classList.add('web-fonts');else addEventListener('load',function(){var f=getComputedStyle(d).getPropertyValue('--font-sans').split(',')[0];if(f&&document.fonts)Promise.all([document.fonts.load('1em '+f,'a'),document.fonts.load('1em '+f,'\\u0105')]).then(function(){localStorage.setItem('web-fonts','1')},function(){})});";

/**
 * Runs in <head> before the first paint, so a reader who chose a theme never sees a flash of the
 * other one, and so that controls which need JavaScript can be laid out from the first frame
 * (html.js) instead of appearing later and pushing the page down. It is inline (a module script
 * would run too late) and allowed by its CSP hash. Keep it tiny and dependency-free: it is sent as text.
 */
export const THEME_INIT =
  "(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.setAttribute('data-theme',t);" +
  WEB_FONTS_INIT +
  '}catch(e){}})();';

/**
 * The same for an embed, whose theme belongs to the host page that framed it: `?theme=light|dark`
 * picks one before the first paint, anything else (`auto`, a typo, nothing) follows the reader's
 * system. A theme the reader once stored on our own site must not leak into someone else's page.
 * Opened on its own (not in a frame), the embed page reads like any page: natural size, and it
 * scrolls (html.embed-natural.embed-top, see the embed page's CSS), decided here so nothing moves.
 * One inline script, so one hash in the embed's CSP.
 */
export const EMBED_THEME_INIT =
  "(function(){var d=document.documentElement;d.classList.add('js');if(window.top===window.self)d.classList.add('embed-natural','embed-top');var m=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search);if(m)d.setAttribute('data-theme',m[1])})();";
