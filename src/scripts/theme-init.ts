/**
 * Resolves once the page has had its first contentful paint: the page's own script and the web
 * font's files are asked for only then, so on a slow network neither shares the line with the page
 * or holds up its first paint (issue 12: LCP). A browser without paint timing waits for `load`.
 * Defines `p` for what follows in THEME_INIT.
 */
const PAINTED_INIT =
  "var p=new Promise(function(r){var P=window.PerformanceObserver;if(!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf('paint')<0){addEventListener('load',function(){r()});return}var o=new P(function(l){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();r()}});o.observe({type:'paint',buffered:true})});";

/**
 * The page's client code (one module, named by the build in html[data-page-script], see
 * src/integrations/page-script.ts) starts once the page is painted and parsed: it only enhances what
 * is already drawn, so it never delays the first paint. Module scripts added this way run as soon as
 * they arrive, hence the wait for DOMContentLoaded as well. Once it has run, html[data-page-script-ran]
 * says so (the browser tests wait for it as a reader waits for the controls).
 */
const PAGE_SCRIPT_INIT =
  "var s=d.getAttribute('data-page-script');if(s)p.then(function(){var g=function(){var e=document.createElement('script');e.type='module';e.src=s;e.onload=function(){d.setAttribute('data-page-script-ran','')};document.head.append(e)};if(document.readyState==='loading')addEventListener('DOMContentLoaded',g);else g()});";

/**
 * The web font (Source Sans 3) never holds up or changes a reader's first page: a page is drawn in
 * the metric-matched system sans, and once it has loaded and been painted the font files are fetched
 * into the cache and the reader's browser remembers that it has them (localStorage `web-fonts`).
 * From then on every page sets html.web-fonts before its first paint, tokens.css uses the font, and
 * `font-display: optional` draws it from the cache in the first frame (or keeps the system sans if
 * the cache has dropped it, so nothing moves). A first visit on a slow network therefore asks for
 * nothing but the page before it is painted (issue 12: LCP). Part of THEME_INIT, inside its try (a
 * browser that blocks storage keeps the system sans).
 */
const WEB_FONTS_INIT =
  "if(localStorage.getItem('web-fonts'))d.classList.add('web-fonts');else addEventListener('load',function(){p.then(function(){var f=getComputedStyle(d).getPropertyValue('--font-sans').split(',')[0];if(f&&document.fonts)Promise.all([document.fonts.load('1em '+f,'a'),document.fonts.load('1em '+f,'\\u0105')]).then(function(){localStorage.setItem('web-fonts','1')},function(){})})});";

/**
 * Runs in <head> before the first paint, so a reader who chose a theme never sees a flash of the
 * other one, and so that controls which need JavaScript can be laid out from the first frame
 * (html.js) instead of appearing later and pushing the page down. It is inline (a module script
 * would run too late) and allowed by its CSP hash. Keep it tiny and dependency-free: it is sent as text.
 */
export const THEME_INIT =
  "(function(){var d=document.documentElement;d.classList.add('js');" +
  PAINTED_INIT +
  PAGE_SCRIPT_INIT +
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.setAttribute('data-theme',t);" +
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
