// Stand-in for the Meta Pixel (fbevents.js), for the demo only: it sets the _fbp cookie the
// real pixel would, and tells the demo panel, without contacting Meta.
// consentgate releases it only when "advertising" is granted.
(function () {
  'use strict';
  var DAY = 86400;
  var id = 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e10);
  document.cookie = '_fbp=' + id + '; path=/; max-age=' + 90 * DAY + '; SameSite=Lax';
  document.dispatchEvent(new CustomEvent('demo:vendor', {
    detail: { service: 'meta-pixel', message: 'Meta Pixel stand-in ran: set _fbp, tracked PageView' },
  }));
})();
