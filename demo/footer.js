// The site footer's "Your Privacy Choices" item. consentgate fills every
// data-consentgate="privacy-choices" element: in the US opt-out regime with "Your Privacy Choices"
// and the CPPA icon, in the other regimes with a "Privacy settings" link. The footer already has
// a "Privacy settings" link of its own, so the item is shown in the opt-out regime only.
// Loaded with `defer`: the bundle in <head> has run, so the regime is known.
(function () {
  'use strict';

  var api = window.consentgate;
  var optOut = !!(api && typeof api.state === 'function' && api.state().regime === 'opt-out');
  Array.prototype.forEach.call(document.querySelectorAll('[data-demo="privacy-choices-item"]'), function (item) {
    item.hidden = !optOut;
  });
})();
