// Stand-in for Google Analytics (gtag.js), for the demo only: it sets the same first-party
// cookies as the real tag would on this site, and tells the demo panel, without contacting Google.
// consentgate releases it only when "analytics" is granted, and deletes these cookies on withdrawal.
(function () {
  'use strict';
  var DAY = 86400;
  var now = Math.floor(Date.now() / 1000);
  var client = Math.floor(Math.random() * 1e9) + '.' + now;
  document.cookie = '_ga=GA1.1.' + client + '; path=/; max-age=' + 400 * DAY + '; SameSite=Lax';
  document.cookie = '_ga_DEMO2024=GS1.1.' + now + '.1.0.' + now + '.0.0.0; path=/; max-age=' + 400 * DAY + '; SameSite=Lax';
  document.cookie = '_gid=GA1.1.' + client + '; path=/; max-age=' + DAY + '; SameSite=Lax';
  document.dispatchEvent(new CustomEvent('demo:vendor', {
    detail: { service: 'google-analytics', message: 'Google Analytics stand-in ran: set _ga, _ga_DEMO2024, _gid' },
  }));
})();
