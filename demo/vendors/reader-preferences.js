// The site's own preferences script (a "functional" service): it keeps the reader's text size
// and recently read articles in localStorage. consentgate releases it when "functional" is granted.
(function () {
  'use strict';
  try {
    if (localStorage.getItem('reader:text-size') === null) localStorage.setItem('reader:text-size', 'medium');
    localStorage.setItem('reader:recent-harvest-prices', String(Date.now()));
  } catch (e) {
    return;
  }
  document.dispatchEvent(new CustomEvent('demo:vendor', {
    detail: { service: 'reader-preferences', message: 'Reader preferences ran: kept reader:text-size, reader:recent-harvest-prices' },
  }));
})();
