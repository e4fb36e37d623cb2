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
    var h = Number(d.height);
    if (!isFinite(h) || h <= 0 || h > 20000) return;
    var frames = document.querySelectorAll('iframe[data-sidestepped-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(h) + 'px';
    }
  });
})();
