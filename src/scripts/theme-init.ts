/**
 * Runs in <head> before the first paint, so a reader who chose a theme never sees a flash of the
 * other one. It is inline (a module script would run too late) and allowed by its CSP hash.
 * Keep it tiny and dependency-free: it is sent as text.
 */
export const THEME_INIT =
  "(function(){try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}})();";
