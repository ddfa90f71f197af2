// Stand-in for Hotjar, for the demo only: it sets the _hj cookies and storage key the real
// script would, and tells the demo panel, without recording anything or contacting Hotjar.
// consentgate releases it only when "session_replay" is granted (never by default).
(function () {
  'use strict';
  var DAY = 86400;
  var site = '1234567';
  var user = Math.random().toString(16).slice(2) + Date.now().toString(16);
  document.cookie = '_hjSessionUser_' + site + '=' + user + '; path=/; max-age=' + 365 * DAY + '; SameSite=Lax';
  document.cookie = '_hjSession_' + site + '=' + Date.now() + '; path=/; max-age=1800; SameSite=Lax';
  try {
    localStorage.setItem('_hjLocalStorageTest', String(Date.now()));
  } catch (e) {
    // Storage blocked: the real script carries on too.
  }
  document.dispatchEvent(new CustomEvent('demo:vendor', {
    detail: { service: 'hotjar', message: 'Hotjar stand-in ran: set _hjSessionUser_' + site + ', _hjSession_' + site },
  }));
})();
