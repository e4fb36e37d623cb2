/*! Sanctions, Sidestepped: resizes our chart iframes to fit their content. MIT licence. */
(function () {
  if (window.__sidesteppedEmbed) return;
  window.__sidesteppedEmbed = true;
  var origin = new URL(document.currentScript ? document.currentScript.src : location.href).origin;
  window.addEventListener('message', function (event) {
    // Trust a message only from one of our own iframes, sent from our origin, in our shape.
    if (event.origin !== origin) return;
    var d = event.data;
    if (!d || typeof d !== 'object' || d.type !== 'sidestepped:height') return;
    // A real number of pixels only: no strings ("777", "0x2BC"), arrays, booleans, NaN or extremes.
    var h = d.height;
    if (typeof h !== 'number' || !isFinite(h) || h < 50 || h > 20000) return;
    var frames = document.querySelectorAll('iframe[data-sidestepped-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(h) + 'px';
    }
  });
})();
